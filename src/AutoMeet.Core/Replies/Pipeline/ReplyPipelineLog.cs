using AutoMeet.Accounts;
using AutoMeet.Messaging;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Log messages of the reply pipeline (event ids 1400–1449). No addresses, subjects or bodies are logged.</summary>
internal static partial class ReplyPipelineLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Debug,
        Message = "Mailbox {AccountId}: {Received} message(s), {Processed} processed, {AlreadyProcessed} already processed, {Ignored} ignored, {Failed} failed; cursor advanced {CursorAdvanced}.")]
    public static partial void AccountProcessed(ILogger logger, Guid accountId, int received, int processed, int alreadyProcessed, int ignored, int failed, bool cursorAdvanced);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning,
        Message = "Mailbox {AccountId}: the stored cursor was too old; the provider re-listed {Count} recent message(s), already processed ones are skipped.")]
    public static partial void FullResync(ILogger logger, Guid accountId, int count);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information,
        Message = "Reply {MessageId} decided {Label} by {Classifier} (confidence {Confidence}); {ActionCount} action(s).")]
    public static partial void ReplyDecided(ILogger logger, Guid messageId, ReplyLabel label, string classifier, double confidence, int actionCount);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Debug, Message = "Message {ProviderMessageId} of mailbox {AccountId} ignored: {Reason}.")]
    public static partial void MessageIgnored(ILogger logger, string providerMessageId, Guid accountId, string reason);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Debug, Message = "Reply {MessageId} was already processed; skipped.")]
    public static partial void AlreadyProcessed(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Error,
        Message = "Message {ProviderMessageId} of mailbox {AccountId} could not be processed; the cursor stays put and it is read again next run.")]
    public static partial void MessageFailed(ILogger logger, string providerMessageId, Guid accountId, Exception exception);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Debug, Message = "Mailbox {AccountId} changed while its cursor was being stored (attempt {Attempt}); re-reading.")]
    public static partial void CursorConflict(ILogger logger, Guid accountId, int attempt);

    [LoggerMessage(EventId = 1407, Level = LogLevel.Information, Message = "Mailbox {AccountId}: another worker moved the cursor meanwhile; its cursor is kept.")]
    public static partial void CursorMovedByOther(ILogger logger, Guid accountId);

    [LoggerMessage(EventId = 1408, Level = LogLevel.Warning, Message = "Classifier {Classifier} failed with {ExceptionType}; the offline classifier decided instead.")]
    public static partial void ClassifierFailed(ILogger logger, string classifier, string exceptionType);

    [LoggerMessage(EventId = 1409, Level = LogLevel.Warning, Message = "Reply {MessageId}: an address to suppress is malformed and was skipped.")]
    public static partial void SuppressionSkipped(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 1410, Level = LogLevel.Error, Message = "Reply processing of mailbox {AccountId} failed; it is tried again on the next run.")]
    public static partial void AccountFailed(ILogger logger, Guid accountId, Exception exception);

    [LoggerMessage(EventId = 1411, Level = LogLevel.Debug, Message = "Mailbox {AccountId} is {Status}; replies are not read.")]
    public static partial void AccountSkipped(ILogger logger, Guid accountId, AccountStatus status);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Debug, Message = "Reply {MessageId}: its enrollment changed meanwhile (attempt {Attempt}); applying the actions again.")]
    public static partial void DecisionConflict(ILogger logger, Guid messageId, int attempt);

    [LoggerMessage(EventId = 1413, Level = LogLevel.Warning, Message = "Mailbox {AccountId}: {Failed} message(s) failed; the cursor was not advanced.")]
    public static partial void CursorKept(ILogger logger, Guid accountId, int failed);

    [LoggerMessage(EventId = 1414, Level = LogLevel.Information, Message = "Reply processing ran over {AccountCount} connected mailbox(es): {Processed} processed, {Failed} mailbox(es) failed.")]
    public static partial void JobRan(ILogger logger, int accountCount, int processed, int failed);

    /// <summary>Logs an ignored message with its reason.</summary>
    public static void Ignored(ILogger logger, InboundEmail email, Id<MailboxAccount> accountId, string reason) =>
        MessageIgnored(logger, email.ProviderMessageId, accountId.Value, reason);
}
