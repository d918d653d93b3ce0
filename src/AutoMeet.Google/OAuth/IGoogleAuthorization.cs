using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>
/// Runs Google's OAuth 2.0 authorization-code flow for a host's web endpoints: builds the consent URL and completes the
/// callback, storing the tokens encrypted on a <see cref="Accounts.MailboxAccount"/>.
/// </summary>
/// <remarks>
/// Safe for concurrent use. The flow uses PKCE (S256), offline access and incremental consent. The <c>state</c>
/// parameter is an encrypted, authenticated token that binds the user, the requested features and the PKCE verifier,
/// and expires (<see cref="GoogleOptions.AuthorizationStateLifetime"/>); nothing is kept on the server between the two calls.
/// </remarks>
public interface IGoogleAuthorization
{
    /// <summary>Builds the URL to send the user to for consent.</summary>
    /// <param name="userId">The signed-in host user who connects the account.</param>
    /// <param name="features">The features to ask for (the fewest scopes they need); <see langword="null"/> uses <see cref="GoogleOptions.Features"/>.</param>
    /// <param name="loginHint">The e-mail address to preselect, if known.</param>
    /// <param name="forceConsent">Whether to force the consent screen (<c>prompt=consent</c>), which makes Google issue a new refresh token.</param>
    /// <returns>The authorization URL.</returns>
    Uri CreateAuthorizationUrl(UserId userId, GoogleFeatures? features = null, string? loginHint = null, bool forceConsent = false);

    /// <summary>Completes the callback: checks the state, exchanges the code, checks the granted scopes and stores the tokens.</summary>
    /// <param name="userId">The signed-in host user receiving the callback; must be the one the state was issued to.</param>
    /// <param name="code">The <c>code</c> query parameter.</param>
    /// <param name="state">The <c>state</c> query parameter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The connected account and the features actually granted.</returns>
    /// <exception cref="GoogleAuthorizationException">The state is invalid, expired or for another user; the exchange failed; or the account belongs to another user.</exception>
    Task<GoogleConnectResult> CompleteAsync(UserId userId, string code, string state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Disconnects an account at its owner's request: stops its Gmail watch (best effort) and the calendar push channels
    /// recorded on it (<c>channels.stop</c>, before the revocation, since it needs the token; a channel Google no longer
    /// knows counts as stopped), revokes its refresh token (or access token) at Google's revocation endpoint, deletes the
    /// stored tokens and channel records and marks the account disconnected, so nothing sends, syncs or renews a channel
    /// from it until it is connected again. The account is disconnected locally whatever Google answers; the result says
    /// whether Google confirmed the revocation and lists the channels that could not be stopped.
    /// </summary>
    /// <param name="userId">The signed-in host user; must own the account.</param>
    /// <param name="accountId">The account to disconnect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome, with what Google said about the revocation.</returns>
    /// <exception cref="KeyNotFoundException">No Google account with that id belongs to <paramref name="userId"/>.</exception>
    Task<GoogleDisconnectResult> DisconnectAsync(UserId userId, Id<Accounts.MailboxAccount> accountId, CancellationToken cancellationToken = default);

    /// <summary>Gets the instant an authorization state issued now would expire (for hosts that show it).</summary>
    /// <returns>The expiry instant.</returns>
    Instant GetStateExpiry();
}
