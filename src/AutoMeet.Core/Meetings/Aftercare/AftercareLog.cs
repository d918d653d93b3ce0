using Microsoft.Extensions.Logging;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>The aftercare's log messages (event ids 1920–1939). Ids only: no addresses, no tokens, no message text.</summary>
internal static partial class AftercareLog
{
    [LoggerMessage(EventId = 1920, EventName = "MeetingRemindersPlanned", Level = LogLevel.Debug, Message = "Planned {Count} meeting reminders.")]
    public static partial void RemindersPlanned(ILogger logger, int count);

    [LoggerMessage(EventId = 1921, EventName = "MeetingReminderSent", Level = LogLevel.Information, Message = "Meeting {MeetingId}: the reminder {OffsetSeconds} s before the start is queued.")]
    public static partial void ReminderSent(ILogger logger, Guid meetingId, long offsetSeconds);

    [LoggerMessage(EventId = 1922, EventName = "MeetingReminderSkipped", Level = LogLevel.Information, Message = "Meeting {MeetingId}: the reminder {OffsetSeconds} s before the start is skipped: {Reason}.")]
    public static partial void ReminderSkipped(ILogger logger, Guid meetingId, long offsetSeconds, string reason);

    [LoggerMessage(EventId = 1923, EventName = "MeetingOutcomeRequested", Level = LogLevel.Information, Message = "Meeting {MeetingId}: the owner is asked whether it took place.")]
    public static partial void OutcomeRequested(ILogger logger, Guid meetingId);

    [LoggerMessage(EventId = 1924, EventName = "MeetingOutcomeAssumed", Level = LogLevel.Information, Message = "Meeting {MeetingId} was not marked in time: assumed completed.")]
    public static partial void OutcomeAssumed(ILogger logger, Guid meetingId);

    [LoggerMessage(EventId = 1925, EventName = "MeetingOutcomeDecided", Level = LogLevel.Information, Message = "Meeting {MeetingId} through its outcome link: {Outcome}.")]
    public static partial void OutcomeDecided(ILogger logger, Guid meetingId, MeetingOutcomeLinkOutcome outcome);

    [LoggerMessage(EventId = 1926, EventName = "MeetingNoShowFollowUp", Level = LogLevel.Information, Message = "No-show meeting {MeetingId}: re-booking follow-up {Outcome}.")]
    public static partial void FollowUp(ILogger logger, Guid meetingId, ProposalOutcome outcome);

    [LoggerMessage(EventId = 1927, EventName = "MeetingEmailSuppressed", Level = LogLevel.Information, Message = "Meeting {MeetingId}: the {Kind} e-mail is not sent: the prospect's address or domain is suppressed.")]
    public static partial void EmailSuppressed(ILogger logger, Guid meetingId, MeetingEmailKind kind);

    [LoggerMessage(EventId = 1928, EventName = "MeetingHoldExpired", Level = LogLevel.Information, Message = "Meeting {MeetingId}: its hold expired; the slot is released.")]
    public static partial void HoldExpired(ILogger logger, Guid meetingId);
}
