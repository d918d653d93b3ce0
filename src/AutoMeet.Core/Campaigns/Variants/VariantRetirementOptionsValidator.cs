using Microsoft.Extensions.Options;

namespace AutoMeet.Campaigns.Variants;

/// <summary>Validates <see cref="VariantRetirementOptions"/>; every failure names the setting and its range.</summary>
internal sealed class VariantRetirementOptionsValidator : IValidateOptions<VariantRetirementOptions>
{
    public ValidateOptionsResult Validate(string? name, VariantRetirementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval < TimeSpan.FromMinutes(5) || options.Interval > TimeSpan.FromDays(7))
        {
            failures.Add($"{VariantRetirementOptions.SectionName}:Interval must be between 00:05:00 and 7.00:00:00; got {options.Interval}.");
        }

        if (!(options.Alpha > 0 && options.Alpha <= 0.5))
        {
            failures.Add($"{VariantRetirementOptions.SectionName}:Alpha must be greater than 0 and at most 0.5; got {options.Alpha}.");
        }

        if (options.MinimumTrialsPerVariant < 1)
        {
            failures.Add($"{VariantRetirementOptions.SectionName}:MinimumTrialsPerVariant must be at least 1; got {options.MinimumTrialsPerVariant}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
