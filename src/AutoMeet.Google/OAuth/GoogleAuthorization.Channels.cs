using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Internal;

namespace AutoMeet.Google.OAuth;

/// <summary>Stopping an account's calendar push channels when it is disconnected (<c>channels.stop</c>).</summary>
internal sealed partial class GoogleAuthorization
{
    private const string LateChannelReason = "opened while the account was being disconnected, after its token was revoked";

    /// <summary>
    /// Stops each unexpired channel recorded on the account. A channel Google no longer knows (404) counts as stopped;
    /// an expected failure (Google refusing or unreachable, the grant gone) is reported and does not stop the others.
    /// Expired records are skipped: Google has ended those channels.
    /// </summary>
    private async Task<ChannelStops> StopCalendarChannelsAsync(MailboxAccount account, CancellationToken cancellationToken)
    {
        var now = _clock.GetCurrentInstant();
        var handled = new HashSet<string>(account.CalendarChannels.Select(c => c.ChannelId), StringComparer.Ordinal);
        var failures = new List<GoogleChannelStopFailure>();
        var stopped = 0;
        foreach (var channel in account.CalendarChannels.Where(c => c.ExpiresAt > now))
        {
            try
            {
                var wasOpen = await _calendar.StopChannelAsync(account.Id, channel.ChannelId, channel.ResourceId, cancellationToken).ConfigureAwait(false);
                stopped++;
                GoogleLog.CalendarChannelStopped(_logger, account.Id, channel.ChannelId, wasOpen);
            }
            catch (Exception ex) when (GoogleFailures.IsBestEffortStopFailure(ex, cancellationToken))
            {
                var reason = GoogleFailures.Describe(ex);
                GoogleLog.CalendarChannelStopFailed(_logger, account.Id, channel.ChannelId, reason, channel.ExpiresAt, ex);
                failures.Add(new GoogleChannelStopFailure(channel.CalendarId, channel.ChannelId, channel.ExpiresAt, reason));
            }
        }

        return new ChannelStops(stopped, failures, handled);
    }

    private GoogleChannelStopFailure LateChannel(Id<MailboxAccount> accountId, CalendarPushChannel channel)
    {
        GoogleLog.CalendarChannelStopFailed(_logger, accountId, channel.ChannelId, LateChannelReason, channel.ExpiresAt, null);
        return new GoogleChannelStopFailure(channel.CalendarId, channel.ChannelId, channel.ExpiresAt, LateChannelReason);
    }

    /// <summary>What stopping the recorded channels did.</summary>
    /// <param name="Stopped">Channels stopped, or already unknown to Google.</param>
    /// <param name="Failures">Channels that could not be stopped.</param>
    /// <param name="Handled">The ids of every record read (stopped, failed or expired).</param>
    private sealed record ChannelStops(int Stopped, IReadOnlyList<GoogleChannelStopFailure> Failures, IReadOnlySet<string> Handled);
}
