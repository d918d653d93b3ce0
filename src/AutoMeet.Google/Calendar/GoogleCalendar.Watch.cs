using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AutoMeet.Accounts;
using AutoMeet.Google.Calendar.Models;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>Push channels: <c>events.watch</c> with a signed channel token, and <c>channels.stop</c>.</summary>
internal sealed partial class GoogleCalendar : IGoogleCalendarChannels
{
    /// <inheritdoc/>
    public async Task<CalendarWatchChannel> StartWatchAsync(Id<MailboxAccount> accountId, string calendarId, Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || address.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"A calendar push address must be an absolute https URI; got '{address}'.", nameof(address));
        }

        // Unique per channel (at most 64 characters of [A-Za-z0-9-_+/=]).
        var channelId = "automeet-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var expiration = _clock.GetCurrentInstant() + Duration.FromTimeSpan(_options.Calendar.WatchTimeToLive);
        var body = new GoogleChannel
        {
            Id = channelId,
            Type = "web_hook",
            Address = address.AbsoluteUri,
            Token = _channelTokens.Create(channelId, accountId, calendarId, expiration),
            Expiration = expiration.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        var channel = await _client.WatchEventsAsync(accountId, calendarId, body, cancellationToken).ConfigureAwait(false);

        // Google may shorten the lifetime; what it answers is what counts.
        var granted = long.TryParse(channel.Expiration, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? Instant.FromUnixTimeMilliseconds(ms) : expiration;
        var resourceId = channel.ResourceId ?? throw new GoogleCalendarApiException("calendar.events.watch", HttpStatusCode.OK, "missingResourceId");
        CalendarLog.WatchStarted(_logger, channelId, calendarId, accountId, granted);
        return new CalendarWatchChannel(accountId, calendarId, channelId, resourceId, granted, address);
    }

    /// <inheritdoc/>
    public Task<bool> StopWatchAsync(CalendarWatchChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return StopChannelAsync(channel.AccountId, channel.ChannelId, channel.ResourceId, cancellationToken);
    }

    /// <summary>Stops a push channel known by its ids (as recorded on the account).</summary>
    /// <returns><see langword="true"/> if it was stopped now; <see langword="false"/> if Google no longer knew it (404 or 410).</returns>
    /// <exception cref="GoogleCalendarApiException">Google refused for another reason.</exception>
    /// <exception cref="MailboxAuthorizationException">The account is disconnected or its grant was rejected.</exception>
    internal async Task<bool> StopChannelAsync(Id<MailboxAccount> accountId, string channelId, string resourceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        try
        {
            await _client.StopChannelAsync(accountId, channelId, resourceId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GoogleCalendarApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return false;
        }
    }
}
