namespace AutoMeet.Enrichment.Batch;

/// <summary>Gets or sets how <see cref="IEnrichmentBatchProcessor"/> runs. Bind it from the <c>AutoMeet:Enrichment:Batch</c> configuration section.</summary>
public sealed class EnrichmentBatchOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Enrichment:Batch";

    /// <summary>The provider name of the e-mail validator's DNS lookups in <see cref="RateLimits"/>.</summary>
    public const string DnsProvider = "dns";

    /// <summary>Gets or sets how many prospects are enriched at the same time.</summary>
    /// <value>The default value is 4 (from 1 to 64).</value>
    public int MaxParallelism { get; set; } = 4;

    /// <summary>Gets or sets after how many completed rows the checkpoint is saved (it is always saved at the end).</summary>
    /// <value>The default value is 25 (from 1 to 10,000).</value>
    public int CheckpointInterval { get; set; } = 25;

    /// <summary>
    /// Gets the rate limits per provider: <see cref="DnsProvider"/> for address validation, an
    /// <c>ICompanyDataProvider.Name</c> or an <c>ILinkedInProfileSource.Name</c>. Providers without an entry are not limited.
    /// A row waits for a permit of each provider its steps use.
    /// </summary>
    /// <value>The default value is no limits.</value>
    public IDictionary<string, ProviderRateLimit> RateLimits { get; } = new Dictionary<string, ProviderRateLimit>(StringComparer.OrdinalIgnoreCase);
}
