using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Calendars;

/// <summary>Runs the calendar syncs queued as <see cref="CalendarSyncWork.Kind"/> work items.</summary>
internal sealed partial class CalendarSyncWorkItemHandler(ICalendarSync sync, ILoggerFactory? loggerFactory = null) : IWorkItemHandler
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CalendarSyncWorkItemHandler>();

    public string Kind => CalendarSyncWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var (accountId, calendarId) = CalendarSyncWork.Read(item);
        try
        {
            await sync.SyncAsync(accountId, calendarId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Another worker stored a sync of this calendar meanwhile; it is current, and the next run continues from it.
            LogSuperseded(accountId.Value);
        }
        catch (KeyNotFoundException)
        {
            // The account was deleted after the sync was queued: nothing is left to sync.
            LogAccountGone(accountId.Value);
        }
    }

    [LoggerMessage(EventId = 1203, EventName = "CalendarSyncSuperseded", Level = LogLevel.Debug, Message = "A calendar sync of account {AccountId} was superseded by a concurrent one.")]
    private partial void LogSuperseded(Guid accountId);

    [LoggerMessage(EventId = 1204, EventName = "CalendarSyncAccountGone", Level = LogLevel.Information, Message = "Skipped a calendar sync of account {AccountId}: the account no longer exists.")]
    private partial void LogAccountGone(Guid accountId);
}
