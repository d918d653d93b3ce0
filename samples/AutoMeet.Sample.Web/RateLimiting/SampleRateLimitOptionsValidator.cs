using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Web.RateLimiting;

/// <summary>Validates <see cref="SampleRateLimitOptions"/> at start-up; each failure names the setting.</summary>
internal sealed class SampleRateLimitOptionsValidator : IValidateOptions<SampleRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, SampleRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.Links), options.Links);
        Check(failures, nameof(options.Webhooks), options.Webhooks);
        Check(failures, nameof(options.Api), options.Api);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string rule, RateLimitRule? value)
    {
        if (value is null)
        {
            failures.Add($"{SampleRateLimitOptions.SectionName}:{rule} is required.");
            return;
        }

        if (value.PermitLimit is < 1 or > 100_000)
        {
            failures.Add($"{SampleRateLimitOptions.SectionName}:{rule}:PermitLimit must be between 1 and 100000; got {value.PermitLimit}.");
        }

        if (value.Window < TimeSpan.FromSeconds(1) || value.Window > TimeSpan.FromHours(1))
        {
            failures.Add($"{SampleRateLimitOptions.SectionName}:{rule}:Window must be between 00:00:01 and 01:00:00; got {value.Window}.");
        }
    }
}
