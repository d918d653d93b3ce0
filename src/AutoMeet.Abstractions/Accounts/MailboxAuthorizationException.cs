namespace AutoMeet.Accounts;

/// <summary>
/// Thrown when a mailbox account's grant is no longer valid (revoked, expired, or the account is disconnected): the
/// owner must reconnect it. Work that depends on the account should pause rather than retry.
/// </summary>
public sealed class MailboxAuthorizationException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="MailboxAuthorizationException"/> class.</summary>
    /// <param name="accountId">The account whose grant failed.</param>
    /// <param name="message">What went wrong (never a token).</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public MailboxAuthorizationException(Id<MailboxAccount> accountId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        AccountId = accountId;
    }

    /// <summary>Gets the account whose grant failed.</summary>
    public Id<MailboxAccount> AccountId { get; }
}
