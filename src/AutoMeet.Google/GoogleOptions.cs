using AutoMeet.Google.Calendar;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Push;
using AutoMeet.Google.Resilience;

namespace AutoMeet.Google;

/// <summary>
/// Gets or sets the Google integration's settings. Bind it from the <c>AutoMeet:Google</c> configuration section; the
/// endpoints can be pointed at a fake server in tests.
/// </summary>
public sealed class GoogleOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Google";

    /// <summary>Gets or sets the OAuth client id of the Google Cloud project (a "Web application" client).</summary>
    /// <value>The default value is empty (required).</value>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Gets or sets the OAuth client secret. Keep it out of source control.</summary>
    /// <value>The default value is empty (required).</value>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Gets or sets the OAuth redirect URI registered for the client (the host's callback; must match exactly).</summary>
    /// <value>The default value is <see langword="null"/> (required).</value>
    public Uri? RedirectUri { get; set; }

    /// <summary>Gets or sets the features asked for when a caller does not name any; each maps to the fewest scopes it needs.</summary>
    /// <value>The default value is <see cref="GoogleFeatures.SendMail"/> | <see cref="GoogleFeatures.ReadReplies"/> | <see cref="GoogleFeatures.ReadAvailability"/> | <see cref="GoogleFeatures.BookMeetings"/>.</value>
    public GoogleFeatures Features { get; set; } =
        GoogleFeatures.SendMail | GoogleFeatures.ReadReplies | GoogleFeatures.ReadAvailability | GoogleFeatures.BookMeetings;

    /// <summary>Gets or sets Google's OAuth authorization endpoint.</summary>
    /// <value>The default value is <c>https://accounts.google.com/o/oauth2/v2/auth</c>.</value>
    public Uri AuthorizationEndpoint { get; set; } = new("https://accounts.google.com/o/oauth2/v2/auth");

    /// <summary>Gets or sets Google's OAuth token endpoint.</summary>
    /// <value>The default value is <c>https://oauth2.googleapis.com/token</c>.</value>
    public Uri TokenEndpoint { get; set; } = new("https://oauth2.googleapis.com/token");

    /// <summary>Gets or sets Google's OAuth revocation endpoint.</summary>
    /// <value>The default value is <c>https://oauth2.googleapis.com/revoke</c>.</value>
    public Uri RevokeEndpoint { get; set; } = new("https://oauth2.googleapis.com/revoke");

    /// <summary>Gets or sets the Gmail API's root URL (the discovery document's <c>rootUrl</c>).</summary>
    /// <value>The default value is <c>https://gmail.googleapis.com/</c>.</value>
    public Uri GmailApiBaseUri { get; set; } = new("https://gmail.googleapis.com/");

    /// <summary>Gets or sets how long an authorization URL's <c>state</c> stays valid.</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan AuthorizationStateLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets how long before expiry an access token is refreshed; at least 5 minutes.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the timeout of one HTTP attempt to a Google API.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the timeout of a whole call to a Google API: every attempt, every backoff and quota wait. At least
    /// <see cref="RequestTimeout"/>.
    /// </summary>
    /// <value>The default value is 3 minutes.</value>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Gets or sets how many times a failed call (429, 5xx, timeout) is retried.</summary>
    /// <value>The default value is 4.</value>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets the first retry delay; later delays grow exponentially, with jitter.</summary>
    /// <value>The default value is 1 second (Google asks for at least 1 second before the first retry).</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest backoff delay between retries (at least <see cref="RetryBaseDelay"/>, at most 10 minutes).</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest <c>Retry-After</c> honoured by waiting; a longer one fails the call so the caller can reschedule.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how far back a re-sync looks when a history cursor is rejected as too old.</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan ResyncWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets the most messages a re-sync returns.</summary>
    /// <value>The default value is 500.</value>
    public int ResyncMaxMessages { get; set; } = 500;

    /// <summary>Gets or sets the page size of <c>history.list</c> and <c>messages.list</c> (Google allows up to 500).</summary>
    /// <value>The default value is 100.</value>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// Gets or sets Gmail's per-user quota in units per minute. Projects created on or after 2026-05-01 get 6,000;
    /// older projects keep 15,000.
    /// </summary>
    /// <value>The default value is 6,000.</value>
    public int GmailUserQuotaUnitsPerMinute { get; set; } = 6_000;

    /// <summary>
    /// Gets or sets Gmail's per-project quota in units per minute, shared by every account of this process (give each
    /// process its share when several run).
    /// </summary>
    /// <value>The default value is 1,200,000 (Google's published per-project limit).</value>
    public int GmailProjectQuotaUnitsPerMinute { get; set; } = 1_200_000;

    /// <summary>
    /// Gets or sets the quota units each Gmail method costs, keyed by method (<c>users.messages.send</c>,
    /// <c>users.messages.get</c>, <c>users.messages.list</c>, <c>users.history.list</c>, <c>users.getProfile</c>,
    /// <c>users.watch</c>). Entries set in configuration replace the defaults one by one; a method not listed costs 5.
    /// </summary>
    /// <value>
    /// The default values are Google's figures for projects created on or after 2026-05-01: send 100, watch 100,
    /// messages.get 20, messages.list 5, history.list 2, getProfile 1, stop 50. Older projects are charged 5 for messages.get.
    /// </value>
    public Dictionary<string, int> GmailQuotaUnits { get; set; } = new(StringComparer.Ordinal)
    {
        ["users.messages.send"] = 100,
        ["users.watch"] = 100,
        ["users.messages.get"] = 20,
        ["users.messages.list"] = 5,
        ["users.history.list"] = 2,
        ["users.getProfile"] = 1,
        ["users.stop"] = 50,
    };

    /// <summary>
    /// Gets or sets the longest a call waits for room in a quota (Gmail's or Calendar's); a longer wait fails at once with
    /// <see cref="GoogleQuotaExceededException"/> (retryable later), before anything is sent.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxQuotaWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the circuit breaker kept per account and API (section <c>AutoMeet:Google:CircuitBreaker</c>).</summary>
    /// <value>The default value is a <see cref="GoogleCircuitBreakerOptions"/> with its documented defaults.</value>
    public GoogleCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Gets or sets the People API's root URL (the discovery document's <c>rootUrl</c>).</summary>
    /// <value>The default value is <c>https://people.googleapis.com/</c>.</value>
    public Uri PeopleApiBaseUri { get; set; } = new("https://people.googleapis.com/");

    /// <summary>Gets or sets the push-notification settings (section <c>AutoMeet:Google:Push</c>): Pub/Sub topic and token checks, calendar webhook.</summary>
    /// <value>The default value is a <see cref="GooglePushOptions"/> with push off.</value>
    public GooglePushOptions Push { get; set; } = new();

    /// <summary>Gets or sets the Google Calendar adapter's settings (section <c>AutoMeet:Google:Calendar</c>).</summary>
    /// <value>The default value is a <see cref="GoogleCalendarOptions"/> with its documented defaults.</value>
    public GoogleCalendarOptions Calendar { get; set; } = new();
}
