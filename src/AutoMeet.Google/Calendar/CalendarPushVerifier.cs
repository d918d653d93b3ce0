using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Authenticates the push notifications Google posts to a calendar channel (<c>events.watch</c>): the channel token must
/// be one this app signed for that channel id (compared in constant time) and the channel must not have expired.
/// </summary>
/// <remarks>
/// Thread-safe; register as a singleton. A webhook answers 2xx to a <see cref="CalendarPushStatus.Valid"/> notification
/// (and then syncs <see cref="CalendarPushNotification.CalendarId"/>), and 401 or 403 otherwise. Push is lossy: keep
/// polling the sync token on a schedule as the safety net.
/// </remarks>
public sealed class CalendarPushVerifier
{
    /// <summary>How long after its channel's expiry a notification is still accepted (clock skew, delivery delay).</summary>
    public static readonly Duration ExpiryGrace = Duration.FromMinutes(5);

    private readonly CalendarChannelTokens _tokens;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="CalendarPushVerifier"/> class.</summary>
    /// <param name="options">The Google options (the token key, or the client secret it is derived from).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="logger">The logger, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    public CalendarPushVerifier(IOptions<GoogleOptions> options, IClock clock, ILogger<CalendarPushVerifier>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _tokens = new CalendarChannelTokens(options);
        _clock = clock;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Checks a push notification.</summary>
    /// <param name="request">The notification's headers.</param>
    /// <returns>The outcome and, when valid, the calendar to sync.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public CalendarPushVerification Verify(CalendarPushRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = Check(request, out var notification);
        if (status != CalendarPushStatus.Valid)
        {
            CalendarLog.PushRejected(_logger, request.ChannelId, status);
        }

        return new CalendarPushVerification(status, notification);
    }

    private CalendarPushStatus Check(CalendarPushRequest request, out CalendarPushNotification? notification)
    {
        notification = null;
        if (string.IsNullOrEmpty(request.ChannelId) || string.IsNullOrEmpty(request.ChannelToken) || string.IsNullOrEmpty(request.ResourceState))
        {
            return CalendarPushStatus.MissingHeaders;
        }

        if (!_tokens.TryRead(request.ChannelId, request.ChannelToken, out var accountId, out var calendarId, out var expiration))
        {
            return CalendarPushStatus.InvalidToken;
        }

        if (_clock.GetCurrentInstant() > expiration + ExpiryGrace)
        {
            return CalendarPushStatus.Expired;
        }

        CalendarResourceState? state = request.ResourceState switch
        {
            "sync" => CalendarResourceState.Sync,
            "exists" => CalendarResourceState.Exists,
            "not_exists" => CalendarResourceState.NotExists,
            _ => null,
        };
        if (state is not { } known)
        {
            return CalendarPushStatus.UnknownResourceState;
        }

        long? number = long.TryParse(request.MessageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        notification = new CalendarPushNotification(accountId, calendarId, request.ChannelId, request.ResourceId, known, number);
        return CalendarPushStatus.Valid;
    }
}
