using AutoMeet.Accounts;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Google.Calendar;

/// <summary>Log messages of the Google Calendar adapter (event ids 2100–2149). Never tokens, titles or e-mail addresses.</summary>
internal static partial class CalendarLog
{
    [LoggerMessage(EventId = 2101, EventName = "CalendarAccessTokenRejected", Level = LogLevel.Information,
        Message = "Google Calendar rejected the access token of account {AccountId} (401): refreshing it once.")]
    public static partial void AccessTokenRejected(ILogger logger, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2110, EventName = "CalendarEventReused", Level = LogLevel.Information,
        Message = "Event {EventId} of account {AccountId} already exists for this booking; returning it instead of creating another.")]
    public static partial void EventReused(ILogger logger, string eventId, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2111, EventName = "CalendarCreateOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Creating event {EventId} of account {AccountId} had an unknown outcome ({Reason}); looking it up before retrying.")]
    public static partial void CreateOutcomeUnknown(ILogger logger, string eventId, Id<MailboxAccount> accountId, string reason);

    [LoggerMessage(EventId = 2112, EventName = "CalendarConferenceNotReady", Level = LogLevel.Warning,
        Message = "The Meet conference of event {EventId} of account {AccountId} is {Status} after {Attempts} polls; the event is returned without a link.")]
    public static partial void ConferenceNotReady(ILogger logger, string eventId, Id<MailboxAccount> accountId, string status, int attempts);

    [LoggerMessage(EventId = 2120, EventName = "CalendarSyncTokenExpired", Level = LogLevel.Warning,
        Message = "Google rejected the sync token of calendar {CalendarId} of account {AccountId} (410 Gone); running a full re-sync.")]
    public static partial void SyncTokenExpired(ILogger logger, string calendarId, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2130, EventName = "CalendarWatchStarted", Level = LogLevel.Information,
        Message = "Started push channel {ChannelId} on calendar {CalendarId} of account {AccountId}; it expires at {Expiration}.")]
    public static partial void WatchStarted(ILogger logger, string channelId, string calendarId, Id<MailboxAccount> accountId, NodaTime.Instant expiration);

    [LoggerMessage(EventId = 2131, EventName = "CalendarPushRejected", Level = LogLevel.Warning,
        Message = "Rejected a calendar push notification for channel {ChannelId}: {Status}.")]
    public static partial void PushRejected(ILogger logger, string? channelId, CalendarPushStatus status);
}
