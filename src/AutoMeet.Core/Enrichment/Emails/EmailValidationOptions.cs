namespace AutoMeet.Enrichment.Emails;

/// <summary>
/// Gets or sets how <see cref="IEmailValidator"/> checks addresses. Bind it from the <c>AutoMeet:Enrichment:Email</c>
/// configuration section. The embedded lists (disposable domains, role accounts, catch-all mail hosts) are extended,
/// never replaced, by the <c>Additional*</c> lists.
/// </summary>
public sealed class EmailValidationOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Enrichment:Email";

    /// <summary>Gets or sets a value indicating whether the domain's mail servers are looked up in DNS.</summary>
    /// <value>The default value is <see langword="true"/>; when <see langword="false"/> every valid address gets the verdict Unknown.</value>
    public bool CheckMailServers { get; set; } = true;

    /// <summary>Gets or sets how long one domain's DNS lookups (MX, then A and AAAA) may take together; past it the verdict is Unknown.</summary>
    /// <value>The default value is 5 seconds (from 100 milliseconds to 1 minute).</value>
    public TimeSpan DnsTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets a value indicating whether a domain's cached verdict expires with the DNS records' time to live (clamped to <see cref="MinCacheDuration"/>…<see cref="CacheDuration"/>).</summary>
    /// <value>The default value is <see langword="true"/>; when <see langword="false"/> every answer is kept for <see cref="CacheDuration"/>.</value>
    public bool UseDnsTimeToLive { get; set; } = true;

    /// <summary>Gets or sets the longest a domain's DNS answer is cached; zero disables the cache.</summary>
    /// <value>The default value is 1 hour (at most 7 days).</value>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the shortest a domain's DNS answer is cached when <see cref="UseDnsTimeToLive"/> is on; also how long "not found" and "no mail server" answers are kept. Timeouts and failures are never cached.</summary>
    /// <value>The default value is 1 minute (at most <see cref="CacheDuration"/>).</value>
    public TimeSpan MinCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many domains the cache holds at most.</summary>
    /// <value>The default value is 10,000 (from 1 to 10,000,000).</value>
    public int MaxCacheEntries { get; set; } = 10_000;

    /// <summary>Gets the domains treated as disposable besides the embedded list (subdomains match too).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalDisposableDomains { get; } = [];

    /// <summary>Gets the local parts treated as role accounts besides the embedded list (<c>info</c>, <c>sales</c>, <c>noreply</c>…).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalRoleAccounts { get; } = [];

    /// <summary>Gets the domains known to accept every recipient (catch-all), besides those behind a known filtering gateway.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalCatchAllDomains { get; } = [];

    /// <summary>Gets mail-host suffixes of gateways that accept every recipient, besides the embedded list (<c>mimecast.com</c>, <c>pphosted.com</c>…).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalCatchAllMailHosts { get; } = [];
}
