using AutoMeet.Accounts;

namespace AutoMeet.Google.Resilience;

/// <summary>
/// Thrown without calling Google while an account's circuit breaker is open (its recent calls kept failing with
/// transient errors). Nothing was sent: retry the work after <see cref="RetryAfter"/>.
/// </summary>
public sealed class GoogleCircuitOpenException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GoogleCircuitOpenException"/> class.</summary>
    /// <param name="api">The API whose circuit is open, for example <c>Gmail</c>.</param>
    /// <param name="accountId">The account whose circuit is open.</param>
    /// <param name="retryAfter">How long the circuit stays open, if known.</param>
    /// <param name="innerException">Polly's broken-circuit exception.</param>
    public GoogleCircuitOpenException(string api, Id<MailboxAccount> accountId, TimeSpan? retryAfter, Exception? innerException = null)
        : base($"Calls to {api} for account {accountId} are paused after repeated failures{(retryAfter is { } wait ? $" for another {wait}" : string.Empty)}; try again later.", innerException)
    {
        Api = api;
        AccountId = accountId;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the API whose circuit is open.</summary>
    public string Api { get; }

    /// <summary>Gets the account whose circuit is open.</summary>
    public Id<MailboxAccount> AccountId { get; }

    /// <summary>Gets how long the circuit stays open, if known.</summary>
    public TimeSpan? RetryAfter { get; }
}
