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
}
