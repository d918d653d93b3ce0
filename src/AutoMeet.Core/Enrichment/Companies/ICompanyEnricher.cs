namespace AutoMeet.Enrichment.Companies;

/// <summary>
/// Works out a prospect's company: the company domain from the e-mail domain (free-mail and disposable domains
/// excluded), the normalised name (<see cref="CompanyNameNormalizer"/>), and an external profile through the
/// registered <see cref="ICompanyDataProvider"/>s, cached per domain.
/// </summary>
/// <remarks>Registered as a singleton and safe to call concurrently.</remarks>
public interface ICompanyEnricher
{
    /// <summary>Returns whether <paramref name="domain"/> (or a parent domain) is a free-mail or disposable provider.</summary>
    /// <param name="domain">An ASCII domain.</param>
    /// <returns><see langword="true"/> for <c>gmail.com</c>, <c>outlook.com</c>, <c>yahoo.co.uk</c>…</returns>
    bool IsFreeMailDomain(string domain);

    /// <summary>Enriches one prospect's company.</summary>
    /// <param name="email">The prospect's e-mail address.</param>
    /// <param name="companyName">The company name as given, if any; it wins over the provider's and the domain's.</param>
    /// <param name="cancellationToken">Cancels the enrichment.</param>
    /// <returns>What was found; never throws for bad input or a failing provider.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<CompanyInfo> EnrichAsync(string? email, string? companyName, CancellationToken cancellationToken = default);
}
