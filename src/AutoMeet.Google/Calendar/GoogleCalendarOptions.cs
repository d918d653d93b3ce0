using AutoMeet.Calendars;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Gets or sets the Google Calendar adapter's settings: bound from <c>AutoMeet:Google:Calendar</c> as
/// <see cref="GoogleOptions.Calendar"/>.
/// </summary>
public sealed class GoogleCalendarOptions
{
    /// <summary>The most calendars one <c>freeBusy.query</c> may ask for (the discovery document's <c>calendarExpansionMax</c> maximum).</summary>
    public const int MaxCalendarsPerFreeBusyQuery = 50;

    /// <summary>Gets or sets the Calendar API's root URL (the discovery document's <c>rootUrl</c>; paths start with <c>calendar/v3/</c>).</summary>
    /// <value>The default value is <c>https://www.googleapis.com/</c>.</value>
    public Uri ApiBaseUri { get; set; } = new("https://www.googleapis.com/");

    /// <summary>Gets or sets how many calendars one <c>freeBusy.query</c> asks for; more are split over several queries. At most 50.</summary>
    /// <value>The default value is 50.</value>
    public int FreeBusyCalendarsPerQuery { get; set; } = MaxCalendarsPerFreeBusyQuery;

    /// <summary>
    /// Gets or sets the longest time range one <c>freeBusy.query</c> covers; a longer window is split into chunks whose
    /// results are merged. Google states no maximum, so the adapter queries in windows of weeks.
    /// </summary>
    /// <value>The default value is 28 days.</value>
    public TimeSpan FreeBusyMaxRange { get; set; } = TimeSpan.FromDays(28);

    /// <summary>Gets or sets the page size (<c>maxResults</c>) of <c>events.list</c> during a sync (Google allows up to 2,500).</summary>
    /// <value>The default value is 250.</value>
    public int SyncPageSize { get; set; } = 250;

    /// <summary>Gets or sets how many times a pending Meet conference is polled (<c>events.get</c>) before the event is returned without a link.</summary>
    /// <value>The default value is 6.</value>
    public int ConferencePollAttempts { get; set; } = 6;

    /// <summary>Gets or sets the first wait before polling a pending Meet conference; later waits double.</summary>
    /// <value>The default value is 500 milliseconds.</value>
    public TimeSpan ConferencePollDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets which attendees are notified when an event is cancelled (<c>sendUpdates</c> of <c>events.delete</c>).</summary>
    /// <value>The default value is <see cref="AttendeeNotifications.All"/>.</value>
    public AttendeeNotifications CancelNotifications { get; set; } = AttendeeNotifications.All;

    /// <summary>Gets or sets how long a push channel (<c>events.watch</c>) is asked to live; renew by starting a new channel before it ends.</summary>
    /// <value>The default value is 7 days (Google's default).</value>
    public TimeSpan WatchTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets the Calendar API's per-user quota in requests per minute (600 for projects created on or after 2026-05-01).</summary>
    /// <value>The default value is 600.</value>
    public int UserRequestsPerMinute { get; set; } = 600;

    /// <summary>
    /// Gets or sets the Calendar API's per-project quota in requests per minute, shared by every account of this
    /// process (give each process its share when several run).
    /// </summary>
    /// <value>The default value is 10,000.</value>
    public int ProjectRequestsPerMinute { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets the base64 key (at least 32 bytes) that signs push channel tokens. When empty, a key is derived from
    /// <see cref="GoogleOptions.ClientSecret"/>; changing either invalidates the tokens of running channels.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (derive from the client secret).</value>
    public string? ChannelTokenKey { get; set; }
}
