namespace AutoMeet.Work;

/// <summary>Handles the <see cref="WorkItem"/>s of one <see cref="Kind"/>; resolved from the scope of the work-queue job's run.</summary>
/// <remarks>Handlers must be idempotent: an item whose worker died after handling it, before completing it, is handled again once its lease expires.</remarks>
public interface IWorkItemHandler
{
    /// <summary>Gets the kind of work item this handler takes (<see cref="WorkItem.Kind"/>, compared ordinally).</summary>
    string Kind { get; }

    /// <summary>Handles one item; throwing makes the item retry later with a backoff.</summary>
    /// <param name="item">The claimed item.</param>
    /// <param name="cancellationToken">Signals that the host is stopping.</param>
    /// <returns>A task that completes when the item is handled.</returns>
    Task HandleAsync(WorkItem item, CancellationToken cancellationToken);
}
