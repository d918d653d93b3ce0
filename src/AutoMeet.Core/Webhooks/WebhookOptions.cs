namespace AutoMeet.Webhooks;

/// <summary>
/// Settings of the outgoing webhooks (<see cref="WebhookDeliveryJob"/>). Bind from <c>AutoMeet:Webhooks</c>; validated
/// when the host starts.
/// </summary>
/// <remarks>
/// Delivery is at least once and in log order per subscription: an event is retried (exponential backoff with jitter,
/// from <see cref="BaseDelay"/> doubling up to <see cref="MaxDelay"/>) until it succeeds or has failed
/// <see cref="MaxAttempts"/> times, when it is dead-lettered and the subscription moves on. The retry schedule is kept
/// in the store, so it survives restarts and no worker sleeps through a backoff. Receivers deduplicate on
/// <see cref="WebhookSignature.EventIdHeaderName"/>.
/// </remarks>
public sealed class WebhookOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AutoMeet:Webhooks";

    /// <summary>The purpose secrets are protected for (see <see cref="WebhookSubscriptionOptions.ProtectedSecret"/>).</summary>
    public const string SecretPurpose = "automeet.webhook-secret";

    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the deliveries use (configure it with <c>AddHttpClient</c>).</summary>
    public const string HttpClientName = "AutoMeet.Webhooks";

    /// <summary>Gets the subscriptions.</summary>
    public IList<WebhookSubscriptionOptions> Subscriptions { get; } = [];

    /// <summary>Gets or sets how many attempts an event gets before it is dead-lettered (1 to 50; default 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Gets or sets the delay after the first failure (default 10 seconds; 0 to 1 hour).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the longest delay between attempts (default 1 hour; at least <see cref="BaseDelay"/>, at most 1 day).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets a value indicating whether delays are randomized (between half and all of the backoff; default <see langword="true"/>).</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Gets or sets how long one POST may take (default 10 seconds; 1 second to 2 minutes).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many events one run delivers per subscription at most (1 to 1000; default 100).</summary>
    public int MaxEventsPerRun { get; set; } = 100;

    /// <summary>Gets or sets how long a worker holds a subscription while it delivers (default 2 minutes; 10 seconds to 1 hour).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
