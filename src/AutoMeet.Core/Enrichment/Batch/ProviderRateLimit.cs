namespace AutoMeet.Enrichment.Batch;

/// <summary>Gets or sets a token-bucket rate limit for one provider used by <see cref="IEnrichmentBatchProcessor"/>.</summary>
public sealed class ProviderRateLimit
{
    /// <summary>Gets or sets how many calls may start per <see cref="Period"/> (also the burst size).</summary>
    /// <value>The default value is 10 (at least 1).</value>
    public int PermitsPerPeriod { get; set; } = 10;

    /// <summary>Gets or sets the replenishment period.</summary>
    /// <value>The default value is 1 second (from 10 milliseconds to 1 hour).</value>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);
}
