using Microsoft.Extensions.Logging;

namespace AutoMeet.Calendars;

internal static partial class CalendarSyncLog
{
    [LoggerMessage(EventId = 1200, EventName = "CalendarSynced", Level = LogLevel.Debug,
        Message = "Synced a calendar of account {AccountId}: {ChangeCount} change(s), full re-sync {IsFullResync}.")]
    public static partial void Synced(ILogger logger, Guid accountId, int changeCount, bool isFullResync);

    [LoggerMessage(EventId = 1201, EventName = "CalendarChangeListenerFailed", Level = LogLevel.Warning,
        Message = "Calendar change listener {Listener} failed for account {AccountId}; the sync itself is stored.")]
    public static partial void ListenerFailed(ILogger logger, string listener, Guid accountId, Exception exception);

    [LoggerMessage(EventId = 1202, EventName = "CalendarSyncScheduled", Level = LogLevel.Debug,
        Message = "Scheduled {Count} calendar sync(s).")]
    public static partial void Scheduled(ILogger logger, int count);
}
