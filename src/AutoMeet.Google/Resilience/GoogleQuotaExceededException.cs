using AutoMeet.Accounts;

namespace AutoMeet.Google.Resilience;

/// <summary>
/// Thrown before a call is made when it would take an account (or the project) over its Google API quota for longer
/// than <see cref="GoogleOptions.MaxQuotaWait"/>. Nothing was sent: retry the work after <see cref="RetryAfter"/>.
/// </summary>
public sealed class GoogleQuotaExceededException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GoogleQuotaExceededException"/> class.</summary>
    /// <param name="api">The API whose quota is used up, for example <c>Gmail</c>.</param>
    /// <param name="accountId">The account whose call was refused.</param>
    /// <param name="retryAfter">How long until the quota has room for the call.</param>
    public GoogleQuotaExceededException(string api, Id<MailboxAccount> accountId, TimeSpan retryAfter)
        : base($"The {api} quota of account {accountId} (or of the project) is used up for the next {retryAfter}; try again later.")
    {
        Api = api;
        AccountId = accountId;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the API whose quota is used up.</summary>
    public string Api { get; }

    /// <summary>Gets the account whose call was refused.</summary>
    public Id<MailboxAccount> AccountId { get; }

    /// <summary>Gets how long until the quota has room for the call.</summary>
    public TimeSpan RetryAfter { get; }
}
