using AutoMeet.Calendars;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Accounts;

/// <summary>Represents a connected mailbox and calendar account of an owner, with its encrypted tokens and sync cursors.</summary>
public sealed class MailboxAccount : Entity<MailboxAccount>
{
    /// <summary>Gets or sets the owner.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the provider.</summary>
    public MailProvider Provider { get; set; }

    /// <summary>Gets or sets the account's e-mail address (lower case); unique per provider.</summary>
    public string EmailAddress { get; set; } = string.Empty;

    /// <summary>Gets or sets the display name used in the From header.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the connection state.</summary>
    public AccountStatus Status { get; set; }

    /// <summary>Gets or sets the granted OAuth scopes, space-separated.</summary>
    public string? Scopes { get; set; }

    /// <summary>Gets or sets the encrypted access token.</summary>
    public EncryptedSecret? AccessToken { get; set; }

    /// <summary>Gets or sets the instant the access token expires.</summary>
    public Instant? AccessTokenExpiresAt { get; set; }

    /// <summary>Gets or sets the encrypted refresh token.</summary>
    public EncryptedSecret? RefreshToken { get; set; }

    /// <summary>Gets or sets the mailbox history cursor (Gmail's <c>historyId</c>); advanced only after what it covers is stored.</summary>
    public string? HistoryCursor { get; set; }

    /// <summary>Gets or sets when the provider's push subscription (Gmail watch) expires.</summary>
    public Instant? WatchExpiresAt { get; set; }

    /// <summary>
    /// Gets the calendar push channels opened for the account and not yet expired (when last pruned), so they can be
    /// stopped when the account is disconnected; cleared with the tokens on disconnect.
    /// </summary>
    public IList<CalendarPushChannel> CalendarChannels { get; init; } = [];

    /// <summary>Gets or sets the most e-mails sent from this mailbox per day.</summary>
    public int DailySendLimit { get; set; } = 50;

    /// <summary>Gets or sets when warm-up began, for the ramp of new mailboxes.</summary>
    public Instant? WarmupStartedAt { get; set; }
}
