using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents a filter over e-mail events; unset members do not filter.</summary>
public sealed record EmailEventQuery
{
    /// <summary>Gets the campaign to filter by.</summary>
    public Id<Campaign>? CampaignId { get; init; }

    /// <summary>Gets the prospect to filter by.</summary>
    public Id<Prospect>? ProspectId { get; init; }

    /// <summary>Gets the kinds to keep; empty keeps all.</summary>
    public IReadOnlyList<EmailEventKind> Kinds { get; init; } = [];

    /// <summary>Gets the inclusive lower bound of <see cref="EmailEvent.OccurredAt"/>.</summary>
    public Instant? From { get; init; }

    /// <summary>Gets the exclusive upper bound of <see cref="EmailEvent.OccurredAt"/>.</summary>
    public Instant? To { get; init; }
}
