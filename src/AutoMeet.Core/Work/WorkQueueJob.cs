using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Work;

/// <summary>
/// Claims due <see cref="WorkItem"/>s with a lease and dispatches them by <see cref="WorkItem.Kind"/> to the
/// registered <see cref="IWorkItemHandler"/>s: completed on success, retried later with an exponential backoff on
/// failure, and retried later with an error naming the kind when no handler takes it (so nothing is lost).
/// </summary>
public sealed partial class WorkQueueJob : IAutoMeetJob
{
    /// <summary>The most items claimed per run.</summary>
    public const int BatchSize = 50;

    private static readonly Duration MinBackoff = Duration.FromSeconds(30);
    private static readonly Duration MaxBackoff = Duration.FromHours(1);

    private readonly IOptions<AutoMeetOptions> _options;
    private readonly IClock _clock;
    private readonly ILogger<WorkQueueJob> _logger;

    /// <summary>Initializes a new instance of the <see cref="WorkQueueJob"/> class.</summary>
    /// <param name="options">Supplies the lease duration and the worker name.</param>
    /// <param name="clock">Dates the retries.</param>
    /// <param name="loggerFactory">Creates the logger; without one nothing is logged.</param>
    public WorkQueueJob(IOptions<AutoMeetOptions> options, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<WorkQueueJob>();
        var name = options.Value.WorkerName;
        LeaseOwner = string.IsNullOrWhiteSpace(name) ? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}" : name;
    }

    /// <inheritdoc/>
    public string Name => "work-queue";

    /// <summary>Gets the name this worker claims items under.</summary>
    public string LeaseOwner { get; }

    /// <inheritdoc/>
    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var queue = scopedServices.GetRequiredService<IAutoMeetStore>().WorkQueue;
        var handlers = scopedServices.GetServices<IWorkItemHandler>()
            .GroupBy(h => h.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var claim = new LeaseClaim(LeaseOwner, BatchSize, Duration.FromTimeSpan(_options.Value.LeaseDuration));
        var items = await queue.ClaimDueAsync(claim, cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            await DispatchAsync(queue, handlers, item, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(IWorkQueue queue, Dictionary<string, IWorkItemHandler> handlers, WorkItem item, CancellationToken cancellationToken)
    {
        if (!handlers.TryGetValue(item.Kind, out var handler))
        {
            LogNoHandler(item.Id.Value, item.Kind);
            await queue.RetryLaterAsync(item.Id, LeaseOwner, RetryAt(item), $"No handler is registered for work kind '{item.Kind}'.", cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler.HandleAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAt = RetryAt(item);
            LogHandlerFailed(item.Id.Value, item.Kind, item.Attempts, retryAt, ex);
            // The message of the exception may hold personal data; the stored error names only the type.
            await queue.RetryLaterAsync(item.Id, LeaseOwner, retryAt, $"Handler for '{item.Kind}' failed with {ex.GetType().FullName}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await queue.CompleteAsync(item.Id, LeaseOwner, cancellationToken).ConfigureAwait(false))
        {
            LogLeaseLost(item.Id.Value, item.Kind);
        }
    }

    /// <summary>30 s after the first attempt, doubling per attempt, at most one hour.</summary>
    private Instant RetryAt(WorkItem item)
    {
        var exponent = Math.Clamp(item.Attempts - 1, 0, 16);
        var backoff = Duration.FromSeconds(Math.Min(MinBackoff.TotalSeconds * Math.Pow(2, exponent), MaxBackoff.TotalSeconds));
        return _clock.GetCurrentInstant() + backoff;
    }

    [LoggerMessage(EventId = 1010, EventName = "WorkItemNoHandler", Level = LogLevel.Warning, Message = "No handler for work item {ItemId} of kind {Kind}; it is retried later")]
    private partial void LogNoHandler(Guid itemId, string kind);

    [LoggerMessage(EventId = 1011, EventName = "WorkItemFailed", Level = LogLevel.Error, Message = "Work item {ItemId} of kind {Kind} failed on attempt {Attempt}; retry at {RetryAt}")]
    private partial void LogHandlerFailed(Guid itemId, string kind, int attempt, Instant retryAt, Exception exception);

    [LoggerMessage(EventId = 1012, EventName = "WorkItemLeaseLost", Level = LogLevel.Warning, Message = "Work item {ItemId} of kind {Kind} was handled but its lease had been lost; another worker may handle it again")]
    private partial void LogLeaseLost(Guid itemId, string kind);
}
