namespace AutoMeet.Enrichment.Companies;

/// <summary>Gets or sets how <see cref="ICompanyEnricher"/> works. Bind it from the <c>AutoMeet:Enrichment:Company</c> configuration section.</summary>
public sealed class CompanyEnrichmentOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Enrichment:Company";

    /// <summary>Gets or sets how long a provider's answer for a domain (including "unknown") is cached; zero disables the cache.</summary>
    /// <value>The default value is 1 day (at most 30 days).</value>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Gets or sets how many domains the cache holds at most.</summary>
    /// <value>The default value is 10,000 (from 1 to 10,000,000).</value>
    public int MaxCacheEntries { get; set; } = 10_000;

    /// <summary>Gets or sets a value indicating whether a name is derived from the domain when neither the prospect nor a provider gives one.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DeriveNameFromDomain { get; set; } = true;

    /// <summary>Gets domains treated as free mail besides the embedded list (<c>gmail.com</c>, <c>outlook.com</c>, <c>yahoo.com</c>…).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalFreeMailDomains { get; } = [];
}
