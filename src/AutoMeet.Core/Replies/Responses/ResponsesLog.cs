using Microsoft.Extensions.Logging;

namespace AutoMeet.Replies.Responses;

/// <summary>Log messages of reply drafts (event ids 1650–1659). Never logs text, tokens or addresses.</summary>
internal static partial class ResponsesLog
{
    [LoggerMessage(EventId = 1650, Level = LogLevel.Warning, Message = "The model's reply draft was not used; the template wrote it ({Reason}).")]
    public static partial void DraftFellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 1651, Level = LogLevel.Information, Message = "Reply draft {DraftId} created for decision {DecisionId} ({Situation}, {Status}).")]
    public static partial void DraftCreated(ILogger logger, Guid draftId, Guid decisionId, ReplyDraftSituation situation, ReplyDraftStatus status);

    [LoggerMessage(EventId = 1652, Level = LogLevel.Information, Message = "No reply draft for decision {DecisionId}: {Reason}.")]
    public static partial void DraftSkipped(ILogger logger, Guid decisionId, string reason);

    [LoggerMessage(EventId = 1653, Level = LogLevel.Information, Message = "Reply draft {DraftId} decided by link: {Outcome}.")]
    public static partial void DraftDecided(ILogger logger, Guid draftId, ReplyDraftLinkOutcome outcome);

    [LoggerMessage(EventId = 1654, Level = LogLevel.Information, Message = "Reply draft {DraftId} sent.")]
    public static partial void DraftSent(ILogger logger, Guid draftId);

    [LoggerMessage(EventId = 1655, Level = LogLevel.Warning, Message = "Reply draft {DraftId} was not sent: the address is suppressed.")]
    public static partial void DraftSuppressed(ILogger logger, Guid draftId);

    [LoggerMessage(EventId = 1656, Level = LogLevel.Warning, Message = "Sending reply draft {DraftId} right after approval failed; the work queue retries it.")]
    public static partial void InlineSendFailed(ILogger logger, Guid draftId, Exception exception);

    [LoggerMessage(EventId = 1657, Level = LogLevel.Information, Message = "Referral of draft {DraftId}: prospect {ProspectId} added, {Enrolled} enrolled.")]
    public static partial void ReferralEnrolled(ILogger logger, Guid draftId, Guid prospectId, int enrolled);
}
