using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Duplicates;

/// <summary>Validates <see cref="DuplicateDetectionOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class DuplicateDetectionOptionsValidator : IValidateOptions<DuplicateDetectionOptions>
{
    private const string Section = DuplicateDetectionOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DuplicateDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (double.IsNaN(options.NameSimilarityThreshold) || options.NameSimilarityThreshold is < 0.7 or > 1)
        {
            result.AddError($"{Section}:NameSimilarityThreshold is {options.NameSimilarityThreshold}; it must be from 0.7 to 1.");
        }

        if (double.IsNaN(options.CompanySimilarityThreshold) || options.CompanySimilarityThreshold is < 0.1 or > 1)
        {
            result.AddError($"{Section}:CompanySimilarityThreshold is {options.CompanySimilarityThreshold}; it must be from 0.1 to 1.");
        }

        for (var i = 0; i < options.AdditionalPlusTagDomains.Count; i++)
        {
            var domain = options.AdditionalPlusTagDomains[i];
            if (string.IsNullOrWhiteSpace(domain) || domain.Any(char.IsWhiteSpace) || domain.Contains('@', StringComparison.Ordinal))
            {
                result.AddError($"{Section}:AdditionalPlusTagDomains:{i} is '{domain}'; entries must be domains without spaces or '@'.");
            }
        }

        return result.Build();
    }
}
