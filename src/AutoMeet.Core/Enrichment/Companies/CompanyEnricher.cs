using System.Collections.Frozen;
using AutoMeet.Enrichment.Emails;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Enrichment.Companies;

/// <summary>The default <see cref="ICompanyEnricher"/>.</summary>
internal sealed class CompanyEnricher : ICompanyEnricher
{
    private readonly IReadOnlyList<ICompanyDataProvider> _providers;
    private readonly CompanyEnrichmentOptions _options;
    private readonly FrozenSet<string> _freeMail;
    private readonly ExpiringCache<string, CompanyProfile?> _cache;
    private readonly ILogger _logger;

    public CompanyEnricher(IEnumerable<ICompanyDataProvider> providers, IClock clock, IOptions<CompanyEnrichmentOptions> options, ILogger<CompanyEnricher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _providers = [.. providers];
        _options = options.Value;
        _freeMail = EnrichmentLists.With(EnrichmentLists.FreeMailDomains.Concat(EnrichmentLists.DisposableDomains).ToFrozenSet(StringComparer.OrdinalIgnoreCase), _options.AdditionalFreeMailDomains);
        _cache = new(clock, _options.MaxCacheEntries, StringComparer.OrdinalIgnoreCase);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public bool IsFreeMailDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return EnrichmentLists.ContainsDomainOrParent(_freeMail, domain.ToLowerInvariant());
    }

    public async ValueTask<CompanyInfo> EnrichAsync(string? email, string? companyName, CancellationToken cancellationToken = default)
    {
        var given = CompanyNameNormalizer.Normalize(companyName);
        var parts = EmailAddressParser.Parse(email, []);
        if (parts is null || IsFreeMailDomain(parts.Domain))
        {
            return new CompanyInfo
            {
                IsFreeMail = parts is not null,
                Name = given,
                NameSource = given.Length > 0 ? CompanyNameSource.Given : CompanyNameSource.None,
            };
        }

        var domain = CompanyDomains.RegistrableDomain(parts.Domain);
        var failed = new List<string>();
        var profile = await FindProfileAsync(domain, failed, cancellationToken).ConfigureAwait(false);
        var (name, source) = given.Length > 0 ? (given, CompanyNameSource.Given)
            : profile is not null && !string.IsNullOrWhiteSpace(profile.Name) ? (CompanyNameNormalizer.Normalize(profile.Name), CompanyNameSource.Provider)
            : _options.DeriveNameFromDomain ? (CompanyDomains.NameFromDomain(domain), CompanyNameSource.Domain)
            : (string.Empty, CompanyNameSource.None);
        return new CompanyInfo { Domain = domain, Name = name, NameSource = source, Profile = profile, FailedProviders = failed };
    }

    private async ValueTask<CompanyProfile?> FindProfileAsync(string domain, List<string> failed, CancellationToken cancellationToken)
    {
        if (_providers.Count == 0)
        {
            return null;
        }

        if (_cache.TryGet(domain, out var cached))
        {
            return cached;
        }

        CompanyProfile? profile = null;
        foreach (var provider in _providers)
        {
            try
            {
                profile = await provider.FindByDomainAsync(domain, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                EnrichmentLog.CompanyProviderFailed(_logger, provider.Name, ex.GetType().Name);
                failed.Add(provider.Name);
                continue;
            }

            if (profile is not null)
            {
                break;
            }
        }

        if (failed.Count == 0 || profile is not null)
        {
            _cache.Set(domain, profile, Duration.FromTimeSpan(_options.CacheDuration));
        }

        return profile;
    }
}
