namespace AutoMeet.Sending;

/// <summary>Configures the outbox sender and the sequence scheduler (section <c>AutoMeet:Sending</c>).</summary>
public sealed class SendingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AutoMeet:Sending";

    /// <summary>
    /// Gets or sets the public base address of the host that serves <c>/unsubscribe</c> (the web sample, or the CRM
    /// embedding AutoMeet). Every e-mail's <c>List-Unsubscribe</c> header and footer link point there. Use HTTPS in
    /// production: mailbox providers only honour one-click unsubscribe (RFC 8058) over HTTPS.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>Gets or sets how long a sender holds a claimed outbox row before another may take it over. Default 5 minutes.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets how long one send may take before it is abandoned (its outcome is then unknown, and the next
    /// attempt looks the message up before sending). Must be at most half of <see cref="LeaseDuration"/>, so that a
    /// lease never expires while a send is still in flight. Default 60 seconds.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how many rows (one per mailbox) a sender claims at a time. Default 20.</summary>
    public int ClaimBatchSize { get; set; } = 20;

    /// <summary>Gets or sets how many attempts a row gets before it is marked failed. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Gets or sets the first retry delay after a failed send; each further attempt doubles it. Default 2 minutes.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how long an unsubscribe link keeps working (CAN-SPAM asks for at least 30 days). Default 90 days.</summary>
    public TimeSpan UnsubscribeLinkLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Gets or sets a value indicating whether links in HTML bodies go through signed click-tracking redirects
    /// (<c>/t/c?token=</c> on <see cref="PublicBaseUrl"/>). Off by default: rewritten links hurt deliverability.
    /// </summary>
    public bool TrackClicks { get; set; }

    /// <summary>Gets or sets a value indicating whether HTML bodies carry an open-tracking pixel (<c>/t/o?token=</c>). Off by default: it hurts deliverability, and privacy proxies make opens unreliable.</summary>
    public bool TrackOpens { get; set; }

    /// <summary>Gets or sets how long tracking links keep working. Default 180 days.</summary>
    public TimeSpan TrackingLinkLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Gets or sets the most e-mails one mailbox sends per minute (the provider's per-user quota; Gmail's API allows about 150 sends a minute per user). Default 60.</summary>
    public int MaxSendsPerMinutePerMailbox { get; set; } = 60;

    /// <summary>Gets or sets how far ahead the scheduler plans sends. Default 24 hours.</summary>
    public TimeSpan PlanningHorizon { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Gets or sets how many enrollments the scheduler reads per page. Default 500.</summary>
    public int PlanningBatchSize { get; set; } = 500;

    /// <summary>Gets or sets how long a paused campaign's due rows wait before they are looked at again. Default 1 hour.</summary>
    public TimeSpan PausedRecheckDelay { get; set; } = TimeSpan.FromHours(1);
}
