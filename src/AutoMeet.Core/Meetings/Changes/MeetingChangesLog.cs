using Microsoft.Extensions.Logging;

namespace AutoMeet.Meetings.Changes;

/// <summary>The log messages of meeting moves and cancellations (event ids 1940–1949). Ids only: no addresses, no message text.</summary>
internal static partial class MeetingChangesLog
{
    [LoggerMessage(EventId = 1940, EventName = "MeetingRescheduled", Level = LogLevel.Information, Message = "Meeting {MeetingId} moved.")]
    public static partial void Rescheduled(ILogger logger, Guid meetingId);

    [LoggerMessage(EventId = 1941, EventName = "MeetingNotRescheduled", Level = LogLevel.Information, Message = "Meeting {MeetingId} was not moved: {Outcome}.")]
    public static partial void NotRescheduled(ILogger logger, Guid meetingId, MeetingChangeOutcome outcome);

    [LoggerMessage(EventId = 1942, EventName = "MeetingCancelled", Level = LogLevel.Information, Message = "Meeting {MeetingId} cancelled: {Reason}.")]
    public static partial void Cancelled(ILogger logger, Guid meetingId, string reason);

    [LoggerMessage(EventId = 1943, EventName = "MeetingEventSyncDeferred", Level = LogLevel.Warning, Message = "Updating the calendar event of meeting {MeetingId} failed; the queued work item retries it.")]
    public static partial void EventSyncDeferred(ILogger logger, Guid meetingId, Exception exception);

    [LoggerMessage(EventId = 1944, EventName = "MeetingCalendarChange", Level = LogLevel.Information, Message = "Calendar change {Change} of meeting {MeetingId}: {Outcome}.")]
    public static partial void CalendarChange(ILogger logger, Guid meetingId, CalendarMeetingChange change, MeetingChangeOutcome outcome);

    [LoggerMessage(EventId = 1945, EventName = "MeetingReplyChange", Level = LogLevel.Information, Message = "Reply decision {DecisionId} asking to move or cancel a meeting: {Outcome}.")]
    public static partial void ReplyHandled(ILogger logger, Guid decisionId, ReplyChangeOutcome outcome);

    [LoggerMessage(EventId = 1946, EventName = "MeetingUnlistedEventKept", Level = LogLevel.Information, Message = "A full calendar re-sync did not list the event of meeting {MeetingId}, but the event still exists: the meeting stays booked.")]
    public static partial void UnlistedEventKept(ILogger logger, Guid meetingId);
}
