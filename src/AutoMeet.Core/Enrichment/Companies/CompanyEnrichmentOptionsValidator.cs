using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Companies;

/// <summary>Validates <see cref="CompanyEnrichmentOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class CompanyEnrichmentOptionsValidator : IValidateOptions<CompanyEnrichmentOptions>
{
    private const string Section = CompanyEnrichmentOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, CompanyEnrichmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (options.CacheDuration < TimeSpan.Zero || options.CacheDuration > TimeSpan.FromDays(30))
        {
            result.AddError($"{Section}:CacheDuration is {options.CacheDuration}; it must be from 00:00:00 (no cache) to 30.00:00:00.");
        }

        if (options.MaxCacheEntries is < 1 or > 10_000_000)
        {
            result.AddError($"{Section}:MaxCacheEntries is {options.MaxCacheEntries}; it must be from 1 to 10000000.");
        }

        for (var i = 0; i < options.AdditionalFreeMailDomains.Count; i++)
        {
            var domain = options.AdditionalFreeMailDomains[i];
            if (string.IsNullOrWhiteSpace(domain) || domain.Any(char.IsWhiteSpace) || domain.Contains('@', StringComparison.Ordinal))
            {
                result.AddError($"{Section}:AdditionalFreeMailDomains:{i} is '{domain}'; entries must be domains without spaces or '@'.");
            }
        }

        return result.Build();
    }
}
