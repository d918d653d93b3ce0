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
}
