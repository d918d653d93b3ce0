using System.Collections.Concurrent;
using AutoMeet.Accounts;
using AutoMeet.Google.Internal;
using AutoMeet.Security;
using AutoMeet.Storage;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>
/// Returns valid access tokens of Google accounts: refreshes them <see cref="GoogleOptions.TokenRefreshSkew"/> before
/// expiry, one refresh at a time per account, and persists the new tokens encrypted. On <c>invalid_grant</c> the
/// account is marked <see cref="AccountStatus.Disconnected"/> and its owner notified.
/// </summary>
internal sealed partial class GoogleTokenSource : IGoogleTokenSource, IDisposable
{
    private readonly ConcurrentDictionary<Id<MailboxAccount>, SemaphoreSlim> _locks = new();
    private readonly ConcurrentDictionary<Id<MailboxAccount>, CachedToken> _cache = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly GoogleFlowFactory _flows;
    private readonly ISecretProtector _protector;
    private readonly IClock _clock;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;

    public GoogleTokenSource(
        IServiceScopeFactory scopes,
        GoogleFlowFactory flows,
        ISecretProtector protector,
        IClock clock,
        IOptions<GoogleOptions> options,
        ILogger<GoogleTokenSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _flows = flows;
        _protector = protector;
        _clock = clock;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task<string> GetAccessTokenAsync(Id<MailboxAccount> accountId, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && TryCached(accountId, out var cached))
        {
            return cached;
        }

        var gate = _locks.GetOrAdd(accountId, static _ => new SemaphoreSlim(1, 1));
        var rejected = forceRefresh && _cache.TryGetValue(accountId, out var stale) ? stale.AccessToken : null;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited (also after a 401: only the rejected token is refreshed).
            if (TryCached(accountId, out cached) && (!forceRefresh || !string.Equals(cached, rejected, StringComparison.Ordinal)))
            {
                return cached;
            }

            using var scope = _scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var account = await LoadAsync(store, accountId, cancellationToken).ConfigureAwait(false);
            var now = _clock.GetCurrentInstant();
            if (account.AccessToken is { } stored && account.AccessTokenExpiresAt is { } expiresAt && expiresAt - now > Skew)
            {
                var token = _protector.Unprotect(stored, SecretPurposes.AccessToken);
                if (!forceRefresh || !string.Equals(token, rejected, StringComparison.Ordinal))
                {
                    _cache[accountId] = new CachedToken(token, expiresAt);
                    return token;
                }
            }

            return await RefreshAsync(store, account, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<bool> RefreshIfExpiringAsync(Id<MailboxAccount> accountId, Duration within, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(accountId, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var scope = _scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var account = await LoadAsync(store, accountId, cancellationToken).ConfigureAwait(false);
            var threshold = within > Skew ? within : Skew;
            if (account.AccessToken is not null && account.AccessTokenExpiresAt is { } expiresAt && expiresAt - _clock.GetCurrentInstant() > threshold)
            {
                return false;
            }

            await RefreshAsync(store, account, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(Id<MailboxAccount> accountId) => _cache.TryRemove(accountId, out _);

    public void Dispose()
    {
        foreach (var gate in _locks.Values)
        {
            gate.Dispose();
        }
    }

    private Duration Skew => Duration.FromTimeSpan(_options.TokenRefreshSkew);

    private bool TryCached(Id<MailboxAccount> accountId, out string token)
    {
        if (_cache.TryGetValue(accountId, out var entry) && entry.ExpiresAt - _clock.GetCurrentInstant() > Skew)
        {
            token = entry.AccessToken;
            return true;
        }

        token = string.Empty;
        return false;
    }

    private static async Task<MailboxAccount> LoadAsync(IAutoMeetStore store, Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        var account = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false)
            ?? throw new MailboxAuthorizationException(accountId, $"Mailbox account {accountId} does not exist.");
        if (account.Provider != MailProvider.Google)
        {
            throw new InvalidOperationException($"Mailbox account {accountId} is a {account.Provider} account, not a Google one.");
        }

        if (account.Status == AccountStatus.Disconnected)
        {
            throw new MailboxAuthorizationException(accountId, $"Google account {accountId} is disconnected; its owner must reconnect it.");
        }

        return account;
    }

    private async Task<string> RefreshAsync(IAutoMeetStore store, MailboxAccount account, CancellationToken cancellationToken)
    {
        if (account.RefreshToken is not { } refreshSecret)
        {
            await DisconnectAsync(store, account, cancellationToken).ConfigureAwait(false);
            throw new MailboxAuthorizationException(account.Id, $"Google account {account.Id} has no refresh token; its owner must reconnect it.");
        }

        var refreshToken = _protector.Unprotect(refreshSecret, SecretPurposes.RefreshToken);
        TokenResponse response;
        try
        {
            response = await _flows.Flow.RefreshTokenAsync(account.Id.ToString(), refreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenResponseException ex) when (string.Equals(ex.Error?.Error, "invalid_grant", StringComparison.Ordinal))
        {
            await DisconnectAsync(store, account, cancellationToken).ConfigureAwait(false);
            throw new MailboxAuthorizationException(
                account.Id, $"Google rejected the grant of account {account.Id} (invalid_grant: revoked, expired or password changed); its owner must reconnect it.", ex);
        }
        catch (TokenResponseException ex)
        {
            throw new AutoMeetException($"Refreshing the Google access token of account {account.Id} failed: {ex.Error?.Error} (HTTP {(int?)ex.StatusCode}).", ex);
        }

        var expiresAt = _clock.GetCurrentInstant() + Duration.FromSeconds(response.ExpiresInSeconds ?? 3600);
        await PersistAsync(store, account, response, expiresAt, cancellationToken).ConfigureAwait(false);
        _cache[account.Id] = new CachedToken(response.AccessToken, expiresAt);
        GoogleLog.TokenRefreshed(_logger, account.Id, expiresAt);
        return response.AccessToken;
    }

    private sealed record CachedToken(string AccessToken, Instant ExpiresAt);
}
