using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents a campaign to simulate with <see cref="CampaignDryRun"/>.</summary>
/// <param name="Context">The campaign's planning context (sequence, window, holidays, end).</param>
/// <param name="Enrollments">The enrollments with their prospects' domains.</param>
/// <param name="Mailboxes">The owner's mailboxes.</param>
/// <param name="Start">The instant the simulation starts.</param>
/// <param name="Days">How many UTC days to simulate (the start's day counts as day 0); 1 to 3,660.</param>
public sealed record DryRunScenario(
    PlanningContext Context, IReadOnlyList<DryRunEnrollment> Enrollments, IReadOnlyList<DryRunMailbox> Mailboxes, Instant Start, int Days)
{
    /// <summary>Gets the simulated replies: enrollment index to the day index (0-based) on which the prospect replies, before that day's sends.</summary>
    public IReadOnlyDictionary<int, int>? ReplyDays { get; init; }

    /// <summary>Gets how often the simulated scheduling job runs; it divides a day best. The default is one hour.</summary>
    public Duration TickInterval { get; init; } = Duration.FromHours(1);
}
