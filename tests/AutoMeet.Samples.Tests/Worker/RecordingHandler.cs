using System.Collections.Concurrent;
using AutoMeet.Work;

namespace AutoMeet.Samples.Tests.Worker;

/// <summary>A handler that records the items it handles, and can be told to fail.</summary>
internal sealed class RecordingHandler(string kind, Exception? failWith = null) : IWorkItemHandler
{
    private readonly ConcurrentQueue<Id<WorkItem>> _handled = new();

    public string Kind => kind;

    public IReadOnlyList<Id<WorkItem>> Handled => [.. _handled];

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        _handled.Enqueue(item.Id);
        return failWith is null ? Task.CompletedTask : Task.FromException(failWith);
    }
}
