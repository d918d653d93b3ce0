using System.Security.Cryptography;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Google.Internal;
using AutoMeet.Notifications;
using AutoMeet.Storage;
using Google.Apis.Auth.OAuth2.Responses;
using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>Persisting refreshed tokens and disconnecting accounts.</summary>
internal sealed partial class GoogleTokenSource
{
    private const int MaxConflictRetries = 3;

    /// <summary>The notification kind queued when an account's grant is lost.</summary>
    internal const string DisconnectedNotificationKind = "mailbox.disconnected";

    private async Task PersistAsync(IAutoMeetStore store, MailboxAccount account, TokenResponse response, Instant expiresAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            account.AccessToken = _protector.Protect(response.AccessToken, SecretPurposes.AccessToken);
            account.AccessTokenExpiresAt = expiresAt;
            if (!string.IsNullOrEmpty(response.RefreshToken))
            {
                account.RefreshToken = _protector.Protect(response.RefreshToken, SecretPurposes.RefreshToken);
            }
            else if (account.RefreshToken is { } kept && _protector.NeedsReprotect(kept))
            {
                // Lazy key rotation: re-encrypt the kept refresh token under the active key.
                account.RefreshToken = _protector.Protect(_protector.Unprotect(kept, SecretPurposes.RefreshToken), SecretPurposes.RefreshToken);
            }

            if (!string.IsNullOrWhiteSpace(response.Scope))
            {
                account.Scopes = response.Scope;
            }

            try
            {
                await store.MailboxAccounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                // Another writer changed other fields (cursor, status): re-apply the tokens onto the fresh copy.
                account = await store.MailboxAccounts.FindAsync(account.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new MailboxAuthorizationException(account.Id, $"Mailbox account {account.Id} was deleted while its token was refreshed.");
            }
        }
    }

    private async Task DisconnectAsync(IAutoMeetStore store, MailboxAccount account, CancellationToken cancellationToken)
    {
        Invalidate(account.Id);

        // One notification per lost grant: the key names the dead refresh token (by a hash of its cipher text), so a
        // later grant that is lost again notifies again.
        var grant = account.RefreshToken?.CipherText ?? account.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dedup = $"{DisconnectedNotificationKind}:{account.Id}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(grant)))[..16]}";
        var accountId = account.Id;
        await store.ExecuteInTransactionAsync(
            async ct =>
            {
                for (var attempt = 1; ; attempt++)
                {
                    var current = await store.MailboxAccounts.FindAsync(accountId, ct).ConfigureAwait(false);
                    if (current is null)
                    {
                        return false;
                    }

                    current.Status = AccountStatus.Disconnected;
                    current.AccessToken = null;
                    current.AccessTokenExpiresAt = null;
                    current.RefreshToken = null;
                    try
                    {
                        await store.MailboxAccounts.UpdateAsync(current, ct).ConfigureAwait(false);
                    }
                    catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
                    {
                        continue;
                    }

                    return await store.Notifications.EnqueueAsync(CreateNotification(current, dedup), ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        GoogleLog.AccountDisconnected(_logger, account.Id);
    }

    private Notification CreateNotification(MailboxAccount account, string deduplicationKey) => new()
    {
        OwnerId = account.OwnerId,
        Kind = DisconnectedNotificationKind,
        Channel = NotificationChannel.InApp,
        Subject = "Reconnect your Google account",
        Body = $"AutoMeet lost access to the Google account {account.EmailAddress}: Google no longer accepts the saved authorization "
            + "(it was revoked, expired, or the password changed). Sending and reply tracking from this mailbox are paused until you reconnect it.",
        Payload = $$"""{"mailboxAccountId":"{{account.Id}}","provider":"Google"}""",
        DeduplicationKey = deduplicationKey,
        DueAt = _clock.GetCurrentInstant(),
    };
}
