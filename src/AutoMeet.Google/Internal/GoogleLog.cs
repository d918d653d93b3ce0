using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Google.Internal;

/// <summary>Log messages of the Google adapter (event ids 2000–2999). Never tokens, bodies or e-mail addresses.</summary>
internal static partial class GoogleLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Google account {AccountId} connected for features {Features}.")]
    public static partial void AccountConnected(ILogger logger, Id<MailboxAccount> accountId, GoogleFeatures features);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Google consent for account {AccountId} did not grant {MissingFeatures}.")]
    public static partial void FeaturesNotGranted(ILogger logger, Id<MailboxAccount> accountId, GoogleFeatures missingFeatures);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Refreshed the Google access token of account {AccountId}; it expires at {ExpiresAt}.")]
    public static partial void TokenRefreshed(ILogger logger, Id<MailboxAccount> accountId, NodaTime.Instant expiresAt);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Google rejected the refresh token of account {AccountId} (invalid_grant): the account is disconnected and its owner notified.")]
    public static partial void AccountDisconnected(ILogger logger, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Gmail rejected the access token of account {AccountId} (401): refreshing it once.")]
    public static partial void AccessTokenRejected(ILogger logger, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Warning, Message = "Gmail call {Operation} for account {AccountId} failed with {Outcome}; retry {Attempt} in {Delay}.")]
    public static partial void Retrying(ILogger logger, string operation, string accountId, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Warning, Message = "Sending from account {AccountId} had an unknown outcome ({Reason}); looking the message up by its Message-ID before retrying.")]
    public static partial void SendOutcomeUnknown(ILogger logger, Id<MailboxAccount> accountId, string reason);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Information, Message = "A send from account {AccountId} whose outcome was unknown had reached Gmail as message {MessageId}; not sending it again.")]
    public static partial void SendReconciled(ILogger logger, Id<MailboxAccount> accountId, string messageId);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Warning, Message = "Reading back the Message-ID of sent message {MessageId} of account {AccountId} failed; keeping the requested one.")]
    public static partial void ReadBackFailed(ILogger logger, string messageId, Id<MailboxAccount> accountId, Exception exception);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "Gmail rejected the history cursor of account {AccountId} as too old (404); re-syncing the last {Window} (at most {Max} messages).")]
    public static partial void HistoryCursorExpired(ILogger logger, Id<MailboxAccount> accountId, TimeSpan window, int max);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Debug, Message = "Message {MessageId} of account {AccountId} vanished before it could be read; skipped.")]
    public static partial void MessageVanished(ILogger logger, string messageId, Id<MailboxAccount> accountId);
}
