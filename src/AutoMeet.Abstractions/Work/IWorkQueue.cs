using AutoMeet.Storage;

namespace AutoMeet.Work;

/// <summary>Stores durable background work items and hands them out with leases.</summary>
public interface IWorkQueue : IEntityStore<WorkItem>, ILeasedWorkStore<WorkItem>
{
    /// <summary>Enqueues an item unless one with the same <see cref="WorkItem.Kind"/> and <see cref="WorkItem.Key"/> exists.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the item was added; <see langword="false"/> if an item with its kind and key was already there.</returns>
    Task<bool> EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="maxItems"/> completed items whose <c>CompletedAt</c> lies before
    /// <paramref name="completedBefore"/>, oldest first: the retention of finished work. Items not completed are never deleted.
    /// </summary>
    /// <param name="completedBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most items deleted by this call (1 to <see cref="LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> DeleteCompletedAsync(NodaTime.Instant completedBefore, int maxItems, CancellationToken cancellationToken = default);
}
