using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>Represents the planner's decision for one enrollment.</summary>
/// <param name="Outcome">What was decided.</param>
/// <param name="StepPosition">
/// The position of the step the decision is about: the e-mail step to send (<see cref="PlanOutcome.Send"/>,
/// <see cref="PlanOutcome.Snoozed"/>), the condition step waited on or not met, or the sequence length when completed.
/// Wait and passed condition steps before an e-mail are walked over; keep the stored position until the e-mail is sent.
/// </param>
/// <param name="EarliestAt">The earliest instant the step may run, when there is one.</param>
/// <param name="StopReason">Why the enrollment stopped (<see cref="PlanOutcome.Stopped"/> only).</param>
public readonly record struct PlannedStep(PlanOutcome Outcome, int StepPosition, Instant? EarliestAt, StopReason StopReason)
{
    /// <summary>Gets a value indicating whether an e-mail is due at or before <paramref name="now"/>.</summary>
    /// <param name="now">The current instant.</param>
    /// <returns><see langword="true"/> when the decision is a send (or an expired snooze) whose instant has come.</returns>
    public bool IsDue(Instant now) =>
        Outcome is PlanOutcome.Send or PlanOutcome.Snoozed && EarliestAt is { } at && at <= now;
}
