namespace AutoMeet.Enrichment.Companies;

/// <summary>
/// Looks a company up in an external source (a data vendor, the host's CRM). AutoMeet ships none; hosts register
/// theirs. Several may be registered: they are asked in registration order until one knows the domain.
/// </summary>
/// <remarks>
/// Implementations are singletons called concurrently. Answers are cached by <see cref="ICompanyEnricher"/>; an
/// exception is logged (without personal data) and treated as "no answer" for that call, and is not cached.
/// </remarks>
public interface ICompanyDataProvider
{
    /// <summary>Gets the provider's name, used for rate limits (<c>EnrichmentBatchOptions.RateLimits</c>) and logs.</summary>
    string Name { get; }

    /// <summary>Finds the company that owns <paramref name="domain"/>.</summary>
    /// <param name="domain">The company's registrable domain, lower case (never a free-mail domain).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The profile, or <see langword="null"/> if the source does not know the domain.</returns>
    ValueTask<CompanyProfile?> FindByDomainAsync(string domain, CancellationToken cancellationToken = default);
}
