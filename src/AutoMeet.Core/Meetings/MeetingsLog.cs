using Microsoft.Extensions.Logging;

namespace AutoMeet.Meetings;

/// <summary>The scheduler's log messages (event ids 1860–1879). Ids only: no addresses, no message text.</summary>
internal static partial class MeetingsLog
{
    [LoggerMessage(EventId = 1860, EventName = "MeetingProposed", Level = LogLevel.Information, Message = "Reply decision {DecisionId} led to meeting {MeetingId}: {Outcome}.")]
    public static partial void Proposed(ILogger logger, Guid decisionId, Guid meetingId, ProposalOutcome outcome);

    [LoggerMessage(EventId = 1861, EventName = "MeetingProposalSkipped", Level = LogLevel.Information, Message = "Reply decision {DecisionId} proposes no meeting: {Outcome}.")]
    public static partial void ProposalSkipped(ILogger logger, Guid decisionId, ProposalOutcome outcome);

    [LoggerMessage(EventId = 1862, EventName = "MeetingBooked", Level = LogLevel.Information, Message = "Meeting {MeetingId} is booked.")]
    public static partial void Booked(ILogger logger, Guid meetingId);

    [LoggerMessage(EventId = 1863, EventName = "MeetingNotBooked", Level = LogLevel.Information, Message = "Meeting {MeetingId} was not booked: {Outcome}.")]
    public static partial void NotBooked(ILogger logger, Guid meetingId, BookingOutcome outcome);

    [LoggerMessage(EventId = 1864, EventName = "MeetingEmailSent", Level = LogLevel.Debug, Message = "Sent the {Kind} e-mail of meeting {MeetingId}.")]
    public static partial void EmailSent(ILogger logger, Guid meetingId, MeetingEmailKind kind);

    [LoggerMessage(EventId = 1865, EventName = "MeetingEmailSkipped", Level = LogLevel.Debug, Message = "Skipped the {Kind} e-mail of meeting {MeetingId}: the meeting moved on.")]
    public static partial void EmailSkipped(ILogger logger, Guid meetingId, MeetingEmailKind kind);

    [LoggerMessage(EventId = 1866, EventName = "ApprovalDecided", Level = LogLevel.Information, Message = "Approval request {RequestId} through its link: {Outcome}.")]
    public static partial void ApprovalDecided(ILogger logger, Guid requestId, ApprovalLinkOutcome outcome);

    [LoggerMessage(EventId = 1867, EventName = "ApprovalInlineBookingFailed", Level = LogLevel.Warning, Message = "Booking meeting {MeetingId} right after its approval failed; the queued booking retries it.")]
    public static partial void InlineBookingFailed(ILogger logger, Guid meetingId, Exception exception);

    [LoggerMessage(EventId = 1868, EventName = "ApprovalTimedOut", Level = LogLevel.Information, Message = "Approval request {RequestId} timed out: {Action}.")]
    public static partial void ApprovalTimedOut(ILogger logger, Guid requestId, string action);
}
