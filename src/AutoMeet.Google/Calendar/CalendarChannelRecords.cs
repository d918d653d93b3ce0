using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Keeps <see cref="MailboxAccount.CalendarChannels"/>: each opened channel is recorded on its account (expired records
/// are dropped at the same time), so disconnecting the account can stop them.
/// </summary>
internal static class CalendarChannelRecords
{
    private const int MaxConflictRetries = 3;

    /// <summary>Records an opened channel on its account.</summary>
    /// <returns>
    /// <see langword="true"/> if recorded; <see langword="false"/> if the account is gone or disconnected (it was
    /// disconnected while the channel opened, so the disconnect could not stop it: the caller must).
    /// </returns>
    /// <exception cref="ConcurrencyConflictException">The account kept changing under every attempt.</exception>
    public static async Task<bool> RecordAsync(IAutoMeetStore store, CalendarWatchChannel channel, Instant now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var account = await store.MailboxAccounts.FindAsync(channel.AccountId, cancellationToken).ConfigureAwait(false);
            if (account is null || account.Status == AccountStatus.Disconnected)
            {
                return false;
            }

            for (var i = account.CalendarChannels.Count - 1; i >= 0; i--)
            {
                var recorded = account.CalendarChannels[i];
                if (recorded.ExpiresAt <= now || string.Equals(recorded.ChannelId, channel.ChannelId, StringComparison.Ordinal))
                {
                    account.CalendarChannels.RemoveAt(i);
                }
            }

            account.CalendarChannels.Add(new CalendarPushChannel(channel.CalendarId, channel.ChannelId, channel.ResourceId, channel.Expiration));
            try
            {
                await store.MailboxAccounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                // A token refresh or the reply pipeline changed the account meanwhile: apply onto the fresh copy.
            }
        }
    }
}
