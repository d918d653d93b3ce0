using AutoMeet.Accounts;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Starts and stops Google Calendar push channels (<c>events.watch</c>, <c>channels.stop</c>). Channels are not renewed:
/// start a new one (it gets a new id) before the old one expires, then stop the old one; the two may overlap.
/// </summary>
/// <remarks>Implementations are safe for concurrent use. Notifications arriving at the address are checked with <see cref="CalendarPushVerifier"/>.</remarks>
public interface IGoogleCalendarChannels
{
    /// <summary>Starts a push channel on a calendar's events.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar (<c>primary</c> for the account's main one).</param>
    /// <param name="address">The public https address Google posts notifications to (the host's calendar webhook).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The channel; store it to stop or replace it later.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an absolute https URI, or <paramref name="calendarId"/> is blank or too long.</exception>
    /// <exception cref="GoogleCalendarApiException">Google refused the channel.</exception>
    Task<CalendarWatchChannel> StartWatchAsync(Id<MailboxAccount> accountId, string calendarId, Uri address, CancellationToken cancellationToken = default);

    /// <summary>Stops a push channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was stopped now; <see langword="false"/> if Google no longer knew it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <see langword="null"/>.</exception>
    Task<bool> StopWatchAsync(CalendarWatchChannel channel, CancellationToken cancellationToken = default);
}
