namespace AutoMeet.Maintenance;

/// <summary>
/// Settings of the daily cleanup (<see cref="CleanupJob"/>): how often it runs and how long finished work, e-mail
/// events, message content, domain events and the webhook delivery log are kept. Bind from <c>AutoMeet:Cleanup</c>;
/// validated when the host starts.
/// </summary>
/// <remarks>
/// <para>
/// The audit trail has no retention setting on purpose: it is append-only and hash-chained (each entry's hash covers
/// the previous one's), and <c>IAuditTrail.VerifyAsync</c> checks the chain from the owner's first entry, so deleting
/// old entries would make every later one fail verification. Keeping a verified anchor (the hash of the last deleted
/// entry) would need a stored checkpoint per owner and a verification that starts from it, which the ports do not have.
/// Its entries hold ids and one-way hashes, never addresses or names (erasure removes what the ids pointed to), so
/// keeping them is cheap in privacy terms.
/// </para>
/// <para>
/// Reply decisions are not redacted by <see cref="MessageBodyRetention"/>: they hold no message text (their reasons
/// are classifier codes such as <c>model:interested</c> or <c>guardrail:max-confidence</c>, and the offered windows
/// are instants the meeting scheduler still reads); erasure removes them per person. Threads, messages and their
/// headers are kept as long as the thread (threading and de-duplication need the Message-IDs).
/// </para>
/// </remarks>
public sealed class CleanupOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AutoMeet:Cleanup";

    /// <summary>Gets or sets a value indicating whether the cleanup runs (default <see langword="true"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how often the cleanup runs: once per period, across all workers (default 1 day; 1 hour to 7 days).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Gets or sets how long completed work items are kept after completion (default 7 days; at least 1 hour).</summary>
    public TimeSpan CompletedWorkRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets how long delivered (completed) notifications are kept (default 30 days; at least 1 hour).</summary>
    public TimeSpan DeliveredNotificationRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Gets or sets how long e-mail events (sent, opened, replied…) are kept; <see langword="null"/> (the default) keeps
    /// them for good. Analytics only see what is kept, so at least 1 day.
    /// </summary>
    public TimeSpan? EmailEventRetention { get; set; }

    /// <summary>
    /// Gets or sets how long message content is kept: after it, the bodies of stored e-mail messages (sent and decided
    /// replies) and the text and referred address of finished reply drafts are redacted, while ids, headers and thread
    /// linkage stay. <see langword="null"/> (the default) keeps content for good. At least 7 days (replies still being
    /// answered need their text), at most 3650 days.
    /// </summary>
    public TimeSpan? MessageBodyRetention { get; set; }

    /// <summary>
    /// Gets or sets how long domain events are kept; <see langword="null"/> (the default) keeps them for good. At least
    /// 7 days, at most 3650 days. The oldest events are deleted as a prefix of the log and the newest is always kept, so
    /// positions stay valid: a subscriber (event stream, webhook) resuming from a position older than the retention
    /// continues at the oldest kept event and never sees the deleted ones.
    /// </summary>
    public TimeSpan? DomainEventRetention { get; set; }

    /// <summary>Gets or sets how long webhook delivery attempts (the delivery log) are kept (default 30 days; 1 to 3650 days).</summary>
    public TimeSpan WebhookDeliveryLogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Gets or sets how many rows one batch deletes or redacts (1 to 1000; default 500).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets the most batches per kind in one run, so one run stays short; the rest waits for the next (1 to 1000; default 100).</summary>
    public int MaxBatchesPerRun { get; set; } = 100;
}
