namespace AutoMeet.Google.Push;

/// <summary>
/// Gets or sets the push-notification settings: the Pub/Sub topic Gmail publishes to, how the push subscription's OIDC
/// tokens are checked, and where Google Calendar posts channel notifications. Bound from <c>AutoMeet:Google:Push</c> as
/// <see cref="GoogleOptions.Push"/>. Every setting is optional: without them push is off and polling carries on alone.
/// </summary>
public sealed class GooglePushOptions
{
    /// <summary>Google's JSON Web Key Set that signs Pub/Sub push tokens.</summary>
    public static readonly Uri GoogleCertificatesUrl = new("https://www.googleapis.com/oauth2/v3/certs");

    /// <summary>
    /// Gets or sets the Pub/Sub topic Gmail's <c>users.watch</c> publishes to, <c>projects/{project}/topics/{topic}</c>;
    /// the project must be the OAuth client's, and <c>gmail-api-push@system.gserviceaccount.com</c> needs publish rights on it.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no Gmail watch).</value>
    public string? GmailTopic { get; set; }

    /// <summary>Gets or sets the audience the push subscription puts in its OIDC token (by default Google uses the push endpoint URL).</summary>
    /// <value>The default value is <see langword="null"/> (Gmail push requests are rejected).</value>
    public string? PubSubAudience { get; set; }

    /// <summary>Gets or sets the service account the push subscription authenticates as (the token's <c>email</c> claim).</summary>
    /// <value>The default value is <see langword="null"/> (Gmail push requests are rejected).</value>
    public string? PubSubServiceAccountEmail { get; set; }

    /// <summary>Gets or sets the JSON Web Key Set used to check the tokens' signatures (a loopback fake in tests).</summary>
    /// <value>The default value is <see cref="GoogleCertificatesUrl"/>.</value>
    public Uri CertificatesUrl { get; set; } = GoogleCertificatesUrl;

    /// <summary>Gets or sets the clock skew tolerated when checking a token's <c>iat</c> and <c>exp</c>.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan ClockTolerance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how long before its expiry a Gmail watch is renewed. A watch lasts 7 days and Google recommends
    /// calling <c>users.watch</c> daily, so the default renews it once it is a day old.
    /// </summary>
    /// <value>The default value is 6 days.</value>
    public TimeSpan GmailWatchRenewBefore { get; set; } = TimeSpan.FromDays(6);

    /// <summary>Gets or sets the public https address of the host's calendar webhook (<c>/webhooks/calendar</c>), for <c>events.watch</c>.</summary>
    /// <value>The default value is <see langword="null"/> (no calendar channels).</value>
    public Uri? CalendarWebhookAddress { get; set; }

    /// <summary>
    /// Gets or sets how long a calendar channel overlaps the one that replaces it. A new channel is started every
    /// <see cref="Calendar.GoogleCalendarOptions.WatchTimeToLive"/> minus this overlap, so one is always open.
    /// </summary>
    /// <value>The default value is 2 hours.</value>
    public TimeSpan CalendarWatchOverlap { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Gets or sets how far ahead of expiry the token-refresh job refreshes access tokens.</summary>
    /// <value>The default value is 10 minutes.</value>
    public TimeSpan TokenRefreshAhead { get; set; } = TimeSpan.FromMinutes(10);
}
