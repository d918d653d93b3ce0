using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Internal;
using AutoMeet.Storage;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Google.OAuth;

/// <summary>
/// Disconnecting an account: stop its Gmail watch and its calendar push channels (while the token still works), revoke
/// its token at Google, forget the tokens and the channel records locally.
/// </summary>
internal sealed partial class GoogleAuthorization
{
    private const int MaxConflictRetries = 3;

    public async Task<GoogleDisconnectResult> DisconnectAsync(UserId userId, Id<MailboxAccount> accountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId.Value, nameof(userId));
        using var scope = _scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var account = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is null || account.Provider != MailProvider.Google || account.OwnerId != userId)
        {
            throw new KeyNotFoundException($"User '{userId}' has no Google account {accountId}.");
        }

        if (account.Status != AccountStatus.Disconnected && account.WatchExpiresAt is not null)
        {
            await StopGmailWatchAsync(accountId, cancellationToken).ConfigureAwait(false);
        }

        // Before the revocation: channels.stop needs the account's token.
        var channels = await StopCalendarChannelsAsync(account, cancellationToken).ConfigureAwait(false);

        var token = account.RefreshToken is { } refresh ? _protector.Unprotect(refresh, SecretPurposes.RefreshToken)
            : account.AccessToken is { } access ? _protector.Unprotect(access, SecretPurposes.AccessToken)
            : null;
        var (revocation, error) = token is null ? (GoogleRevocation.NoToken, null) : await RevokeAsync(accountId, token, cancellationToken).ConfigureAwait(false);

        var late = await MarkDisconnectedAsync(store, account, channels.Handled, cancellationToken).ConfigureAwait(false);
        _tokens.Invalidate(accountId);
        var notStopped = channels.Failures.Concat(late.Where(c => c.ExpiresAt > _clock.GetCurrentInstant()).Select(c => LateChannel(accountId, c))).ToList();
        GoogleLog.AccountDisconnectedByOwner(_logger, accountId, revocation is GoogleRevocation.Revoked or GoogleRevocation.AlreadyRevoked, channels.Stopped, notStopped.Count);
        return new GoogleDisconnectResult(accountId, revocation, error) { CalendarChannelsStopped = channels.Stopped, CalendarChannelsNotStopped = notStopped };
    }

    private async Task StopGmailWatchAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        try
        {
            await _gmail.StopWatchAsync(accountId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (GoogleFailures.IsBestEffortStopFailure(ex, cancellationToken))
        {
            // The same expected failures as a channel stop (Google refusing or unreachable, the grant gone or its refresh
            // failing, circuit, quota, timeout): none of them may block the disconnect.
            // Best effort: revoking the grant ends the watch's use anyway, and it expires within 7 days.
            GoogleLog.RevocationFailed(_logger, accountId, "users.stop: " + ex.GetType().Name, ex);
        }
    }

    private async Task<(GoogleRevocation Revocation, string? Error)> RevokeAsync(Id<MailboxAccount> accountId, string token, CancellationToken cancellationToken)
    {
        try
        {
            await _flows.Flow.RevokeTokenAsync(accountId.ToString(), token, cancellationToken).ConfigureAwait(false);
            return (GoogleRevocation.Revoked, null);
        }
        catch (TokenResponseException ex) when (ex.Error?.Error is "invalid_token" or "invalid_grant")
        {
            // Google no longer knows the token: the grant is already gone, which is what disconnecting wants.
            return (GoogleRevocation.AlreadyRevoked, null);
        }
        catch (TokenResponseException ex)
        {
            var reason = $"Google answered HTTP {(int?)ex.StatusCode} ({ex.Error?.Error ?? "no error code"})";
            GoogleLog.RevocationFailed(_logger, accountId, reason, null);
            return (GoogleRevocation.Failed, reason);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = $"Google's revocation endpoint could not be reached ({ex.GetType().Name})";
            GoogleLog.RevocationFailed(_logger, accountId, reason, ex);
            return (GoogleRevocation.Failed, reason);
        }
    }

    /// <summary>Marks the account disconnected, deleting its tokens and channel records.</summary>
    /// <returns>
    /// The unexpired channel records found on a fresh copy that were not among <paramref name="handled"/>: channels a
    /// renewal recorded while the account was being disconnected, which can no longer be stopped.
    /// </returns>
    private static async Task<IReadOnlyList<CalendarPushChannel>> MarkDisconnectedAsync(IAutoMeetStore store, MailboxAccount account, IReadOnlySet<string> handled, CancellationToken cancellationToken)
    {
        var late = new List<CalendarPushChannel>();
        for (var attempt = 1; ; attempt++)
        {
            late.AddRange(account.CalendarChannels.Where(c => !handled.Contains(c.ChannelId) && !late.Contains(c)));
            account.CalendarChannels.Clear();
            account.Status = AccountStatus.Disconnected;
            account.AccessToken = null;
            account.AccessTokenExpiresAt = null;
            account.RefreshToken = null;
            account.WatchExpiresAt = null;
            try
            {
                await store.MailboxAccounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
                return late;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                // A token refresh or the reply pipeline changed the account meanwhile: apply onto the fresh copy.
                account = await store.MailboxAccounts.FindAsync(account.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"Mailbox account {account.Id} was deleted while it was disconnected.");
            }
        }
    }
}
