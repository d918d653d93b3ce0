using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Events;

/// <summary>
/// Represents one entry of the ordered domain-event log: something that happened (an e-mail sent, a reply classified,
/// a meeting booked …), appended in the same transaction as the change it reports. Entries are never changed.
/// </summary>
/// <remarks>
/// <see cref="Payload"/> is a small JSON object of facts (step, variant, label, status); it never holds message
/// bodies, e-mail addresses or tokens, so the log can be streamed to hosts and webhooks.
/// </remarks>
public sealed class DomainEvent
{
    /// <summary>Gets or sets the position in the log: assigned by the store on append, strictly increasing in commit order.</summary>
    public long Position { get; set; }

    /// <summary>Gets or sets the event type, for example <c>email.sent</c> (see <see cref="DomainEventTypes"/>).</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>Gets or sets the instant the change happened.</summary>
    public Instant OccurredAt { get; set; }

    /// <summary>Gets or sets the owner (tenant) the event belongs to.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the campaign, if any.</summary>
    public Id<Campaign>? CampaignId { get; set; }

    /// <summary>Gets or sets the prospect, if known.</summary>
    public Id<Prospect>? ProspectId { get; set; }

    /// <summary>Gets or sets the type name of the entity the event is about, for example <c>Meeting</c>.</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>Gets or sets the id of the entity the event is about.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>Gets or sets a small JSON object with the event's facts (no message bodies), or <see langword="null"/>.</summary>
    public string? Payload { get; set; }

    /// <summary>The longest <see cref="Type"/>.</summary>
    public const int MaxTypeLength = 64;

    /// <summary>The longest <see cref="Payload"/>, in characters.</summary>
    public const int MaxPayloadLength = 4000;
}
