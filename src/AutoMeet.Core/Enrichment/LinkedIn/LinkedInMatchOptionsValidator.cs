using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Validates <see cref="LinkedInMatchOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class LinkedInMatchOptionsValidator : IValidateOptions<LinkedInMatchOptions>
{
    private const string Section = LinkedInMatchOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LinkedInMatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        Check(result, "MatchThreshold", options.MatchThreshold, 0.5, 1);
        Check(result, "MinNameSimilarity", options.MinNameSimilarity, 0.5, 1);
        Check(result, "CompanyWeight", options.CompanyWeight, 0, 0.5);
        Check(result, "NoCompanyFactor", options.NoCompanyFactor, 0.5, 1);
        return result.Build();
    }

    private static void Check(ValidateOptionsResultBuilder result, string setting, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            result.AddError($"{Section}:{setting} is {value}; it must be from {min} to {max}.");
        }
    }
}
