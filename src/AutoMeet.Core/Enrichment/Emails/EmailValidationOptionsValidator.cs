using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Emails;

/// <summary>Validates <see cref="EmailValidationOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class EmailValidationOptionsValidator : IValidateOptions<EmailValidationOptions>
{
    private const string Section = EmailValidationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmailValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (options.DnsTimeout < TimeSpan.FromMilliseconds(100) || options.DnsTimeout > TimeSpan.FromMinutes(1))
        {
            result.AddError($"{Section}:DnsTimeout is {options.DnsTimeout}; it must be from 00:00:00.1 to 00:01:00.");
        }

        if (options.CacheDuration < TimeSpan.Zero || options.CacheDuration > TimeSpan.FromDays(7))
        {
            result.AddError($"{Section}:CacheDuration is {options.CacheDuration}; it must be from 00:00:00 (no cache) to 7.00:00:00.");
        }

        if (options.MinCacheDuration < TimeSpan.Zero || options.MinCacheDuration > options.CacheDuration)
        {
            result.AddError($"{Section}:MinCacheDuration is {options.MinCacheDuration}; it must be from 00:00:00 to CacheDuration ({options.CacheDuration}).");
        }

        if (options.MaxCacheEntries is < 1 or > 10_000_000)
        {
            result.AddError($"{Section}:MaxCacheEntries is {options.MaxCacheEntries}; it must be from 1 to 10000000.");
        }

        AddBlankErrors(result, "AdditionalDisposableDomains", options.AdditionalDisposableDomains);
        AddBlankErrors(result, "AdditionalRoleAccounts", options.AdditionalRoleAccounts);
        AddBlankErrors(result, "AdditionalCatchAllDomains", options.AdditionalCatchAllDomains);
        AddBlankErrors(result, "AdditionalCatchAllMailHosts", options.AdditionalCatchAllMailHosts);
        return result.Build();
    }

    private static void AddBlankErrors(ValidateOptionsResultBuilder result, string setting, IList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]) || values[i].Any(char.IsWhiteSpace) || values[i].Contains('@', StringComparison.Ordinal))
            {
                result.AddError($"{Section}:{setting}:{i} is '{values[i]}'; entries must be non-blank, without spaces or '@'.");
            }
        }
    }
}
