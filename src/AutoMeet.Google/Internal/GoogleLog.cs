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

    [LoggerMessage(EventId = 2040, Level = LogLevel.Debug, Message = "{Api} call {Operation} for account {AccountId} waited {Wait} for quota.")]
    public static partial void QuotaWaited(ILogger logger, string api, string operation, Id<MailboxAccount> accountId, TimeSpan wait);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Warning, Message = "{Api} calls for account {AccountId} keep failing: circuit opened for {BreakDuration}.")]
    public static partial void CircuitOpened(ILogger logger, string api, Id<MailboxAccount> accountId, TimeSpan breakDuration);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Information, Message = "{Api} calls for account {AccountId} succeed again: circuit closed.")]
    public static partial void CircuitClosed(ILogger logger, string api, Id<MailboxAccount> accountId);

    [LoggerMessage(EventId = 2043, Level = LogLevel.Information, Message = "Google account {AccountId} disconnected by its owner; Google revoked its token: {Revoked}; calendar channels stopped: {ChannelsStopped}, not stopped: {ChannelsNotStopped}.")]
    public static partial void AccountDisconnectedByOwner(ILogger logger, Id<MailboxAccount> accountId, bool revoked, int channelsStopped, int channelsNotStopped);

    [LoggerMessage(EventId = 2044, Level = LogLevel.Warning, Message = "Revoking the Google token of account {AccountId} failed ({Reason}); the account is disconnected locally.")]
    public static partial void RevocationFailed(ILogger logger, Id<MailboxAccount> accountId, string reason, Exception? exception);

    [LoggerMessage(EventId = 2045, Level = LogLevel.Debug, Message = "Stopped calendar channel {ChannelId} of account {AccountId} before disconnecting it (Google still knew it: {WasOpen}).")]
    public static partial void CalendarChannelStopped(ILogger logger, Id<MailboxAccount> accountId, string channelId, bool wasOpen);

    [LoggerMessage(EventId = 2046, Level = LogLevel.Warning, Message = "Stopping calendar channel {ChannelId} of account {AccountId} failed ({Reason}); it may notify the webhook until {ExpiresAt}. Its record is deleted with the account's tokens.")]
    public static partial void CalendarChannelStopFailed(ILogger logger, Id<MailboxAccount> accountId, string channelId, string reason, NodaTime.Instant expiresAt, Exception? exception);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Rejected a Pub/Sub push request: {Status}.")]
    public static partial void PushRejected(ILogger logger, AutoMeet.Google.Push.PubSubPushStatus status);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information, Message = "Renewed the Gmail watch of account {AccountId}; it expires at {ExpiresAt}.")]
    public static partial void GmailWatchRenewed(ILogger logger, Id<MailboxAccount> accountId, NodaTime.Instant expiresAt);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Renewing the push watches (Gmail watch, calendar channels) of account {AccountId} failed; the next run tries again (polling continues).")]
    public static partial void WatchRenewalFailed(ILogger logger, Id<MailboxAccount> accountId, Exception exception);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Information, Message = "Watch renewal ran: {Gmail} Gmail watches renewed, {Calendars} calendar channels queued, {Failed} failed.")]
    public static partial void WatchRenewalRan(ILogger logger, int gmail, int calendars, int failed);

    [LoggerMessage(EventId = 2220, Level = LogLevel.Information, Message = "Token refresh ran: {Refreshed} of {Checked} Google accounts refreshed, {Failed} failed.")]
    public static partial void TokenRefreshRan(ILogger logger, int @checked, int refreshed, int failed);

    [LoggerMessage(EventId = 2221, Level = LogLevel.Warning, Message = "Refreshing the access token of account {AccountId} failed.")]
    public static partial void TokenRefreshFailed(ILogger logger, Id<MailboxAccount> accountId, Exception exception);

    [LoggerMessage(EventId = 2230, Level = LogLevel.Debug, Message = "People lookup for account {AccountId} found {Found} contact(s).")]
    public static partial void ContactLookup(ILogger logger, Id<MailboxAccount> accountId, int found);

    [LoggerMessage(EventId = 2231, Level = LogLevel.Debug, Message = "People call {Operation} for account {AccountId} is not permitted (HTTP {Status}); skipped.")]
    public static partial void ContactSourceDenied(ILogger logger, string operation, Id<MailboxAccount> accountId, int status);

    [LoggerMessage(EventId = 2213, Level = LogLevel.Information, Message = "Skipped a calendar channel of account {AccountId}: the account is not authorized.")]
    public static partial void CalendarWatchSkipped(ILogger logger, Id<MailboxAccount> accountId, Exception exception);

    [LoggerMessage(EventId = 2214, Level = LogLevel.Information, Message = "Calendar channel {ChannelId} of account {AccountId} opened while the account was disconnected; stopped it.")]
    public static partial void OrphanCalendarChannelStopped(ILogger logger, Id<MailboxAccount> accountId, string channelId);

    [LoggerMessage(EventId = 2215, Level = LogLevel.Warning, Message = "Calendar channel {ChannelId} of account {AccountId} opened while the account was disconnected and could not be stopped; it expires at {ExpiresAt}.")]
    public static partial void OrphanCalendarChannelNotStopped(ILogger logger, Id<MailboxAccount> accountId, string channelId, NodaTime.Instant expiresAt, Exception exception);
}
