using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>Represents what a campaign transition's guards look at besides the campaign itself.</summary>
/// <param name="Schedule">The campaign's schedule, if any.</param>
/// <param name="Sequence">The campaign's sequence with its steps, if any.</param>
/// <param name="OwnerMailboxCount">How many connected mailboxes the owner has (for rotation when the campaign names none).</param>
/// <param name="Now">The current instant.</param>
public sealed record CampaignTransitionContext(CampaignSchedule? Schedule, OutreachSequence? Sequence, int OwnerMailboxCount, Instant Now)
{
    /// <summary>Gets the zone provider used to check the schedule's zone.</summary>
    /// <value>The default value is tzdb.</value>
    public IDateTimeZoneProvider Zones { get; init; } = DateTimeZoneProviders.Tzdb;
}
