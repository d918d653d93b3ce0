namespace AutoMeet.Maintenance;

/// <summary>
/// Settings of the daily cleanup (<see cref="CleanupJob"/>): how often it runs and how long finished work and
/// e-mail events are kept. Bind from <c>AutoMeet:Cleanup</c>; validated when the host starts.
/// </summary>
/// <remarks>
/// The audit trail has no retention setting on purpose: it is append-only and hash-chained, so deleting old entries
/// would break verification of every later one, and its entries hold ids and one-way hashes, never addresses or
/// names (erasure removes what the ids pointed to). Message bodies and reply decisions are kept as long as their
/// thread (erasure removes them per person); a retention for them needs store queries the ports do not have yet.
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

    /// <summary>Gets or sets how many rows one batch deletes (1 to 1000; default 500).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets the most batches per kind in one run, so one run stays short; the rest waits for the next (1 to 1000; default 100).</summary>
    public int MaxBatchesPerRun { get; set; } = 100;
}
