using AutoMeet.Work;

namespace AutoMeet.Sample.Worker.Work;

/// <summary>A demo handler for kind <c>sample.log</c>: logs the item's id and completes it.</summary>
internal sealed partial class LogWorkItemHandler(ILogger<LogWorkItemHandler> logger) : IWorkItemHandler
{
    public const string KindName = "sample.log";

    public string Kind => KindName;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        LogHandled(item.Id.Value, item.Attempts);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 5220, Level = LogLevel.Information, Message = "Handled sample work item {ItemId} (attempt {Attempt})")]
    private partial void LogHandled(Guid itemId, int attempt);
}
