using AutoMeet.Campaigns;
using AutoMeet.Prospects;

namespace AutoMeet.Events;

/// <summary>Selects domain events; every criterion that is set must match (an empty filter matches every event).</summary>
public sealed record DomainEventFilter
{
    /// <summary>Gets a filter that matches every event.</summary>
    public static DomainEventFilter All { get; } = new();

    /// <summary>Gets the event types to keep (exact, case-sensitive); <see langword="null"/> or empty for all.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }

    /// <summary>Gets the owner to keep, or <see langword="null"/> for all.</summary>
    public UserId? OwnerId { get; init; }

    /// <summary>Gets the campaign to keep, or <see langword="null"/> for all.</summary>
    public Id<Campaign>? CampaignId { get; init; }

    /// <summary>Gets the prospect to keep, or <see langword="null"/> for all.</summary>
    public Id<Prospect>? ProspectId { get; init; }

    /// <summary>Tells whether an event passes the filter.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns><see langword="true"/> if every criterion that is set matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is <see langword="null"/>.</exception>
    public bool Matches(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return (Types is null || Types.Count == 0 || Types.Contains(domainEvent.Type))
            && (OwnerId is null || OwnerId == domainEvent.OwnerId)
            && (CampaignId is null || CampaignId == domainEvent.CampaignId)
            && (ProspectId is null || ProspectId == domainEvent.ProspectId);
    }
}
