using AutoMeet.Storage;

namespace AutoMeet.Sending;

/// <summary>
/// Turns the planner's decisions into outbox rows: for every active campaign, plans its enrollments that have no
/// send planned, writes one outbox row (with its Message-ID fixed) for each step due within the planning horizon,
/// marks finished enrollments, and completes campaigns whose enrollments have all finished. Idempotent: a step is
/// planned at most once (the outbox holds one live row per enrollment step).
/// </summary>
public interface ISequenceScheduler
{
    /// <summary>Plans every active campaign.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="cancellationToken">Cancels the run between enrollments.</param>
    /// <returns>What the run did.</returns>
    Task<SchedulingReport> PlanDueAsync(IAutoMeetStore store, CancellationToken cancellationToken = default);

    /// <summary>
    /// Explains why an enrollment's next e-mail has not gone out yet, or when it will: the planner's decision (delays,
    /// sending window, conditions, snooze, pause) combined with the distributor's (caps, warm-up, spacing, domain
    /// throttle, breaker), from the same inputs the scheduler uses. Read-only.
    /// </summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="enrollmentId">The enrollment.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The explanation: a state, a reason in words and the next instant when one is known.</returns>
    /// <exception cref="KeyNotFoundException">The enrollment or its campaign does not exist.</exception>
    Task<Sequences.Distribution.OutreachExplanation> ExplainAsync(IAutoMeetStore store, Id<Sequences.Enrollment> enrollmentId, CancellationToken cancellationToken = default);
}
