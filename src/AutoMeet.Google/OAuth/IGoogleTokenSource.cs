using AutoMeet.Accounts;

namespace AutoMeet.Google.OAuth;

/// <summary>Hands out valid access tokens of Google accounts, refreshing them before they expire.</summary>
internal interface IGoogleTokenSource
{
    /// <summary>Returns an access token valid for at least the refresh skew.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="forceRefresh">Whether to refresh even if the stored token looks valid (after a 401).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="MailboxAuthorizationException">The account is disconnected, or Google rejected its grant.</exception>
    Task<string> GetAccessTokenAsync(Id<MailboxAccount> accountId, bool forceRefresh, CancellationToken cancellationToken);

    /// <summary>Refreshes an account's access token if it expires within <paramref name="within"/>; one refresh at a time per account.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="within">How close to expiry a token must be to be refreshed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was refreshed now; <see langword="false"/> if it was still good.</returns>
    /// <exception cref="MailboxAuthorizationException">The account is disconnected, or Google rejected its grant.</exception>
    Task<bool> RefreshIfExpiringAsync(Id<MailboxAccount> accountId, NodaTime.Duration within, CancellationToken cancellationToken);

    /// <summary>Forgets any cached token of an account (after it was reconnected).</summary>
    /// <param name="accountId">The account.</param>
    void Invalidate(Id<MailboxAccount> accountId);
}
