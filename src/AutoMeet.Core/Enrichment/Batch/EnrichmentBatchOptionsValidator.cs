using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Batch;

/// <summary>Validates <see cref="EnrichmentBatchOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class EnrichmentBatchOptionsValidator : IValidateOptions<EnrichmentBatchOptions>
{
    private const string Section = EnrichmentBatchOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EnrichmentBatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (options.MaxParallelism is < 1 or > 64)
        {
            result.AddError($"{Section}:MaxParallelism is {options.MaxParallelism}; it must be from 1 to 64.");
        }

        if (options.CheckpointInterval is < 1 or > 10_000)
        {
            result.AddError($"{Section}:CheckpointInterval is {options.CheckpointInterval}; it must be from 1 to 10000.");
        }

        foreach (var (provider, limit) in options.RateLimits)
        {
            if (string.IsNullOrWhiteSpace(provider))
            {
                result.AddError($"{Section}:RateLimits has a blank provider name.");
            }

            if (limit is null)
            {
                result.AddError($"{Section}:RateLimits:{provider} is empty.");
                continue;
            }

            if (limit.PermitsPerPeriod < 1)
            {
                result.AddError($"{Section}:RateLimits:{provider}:PermitsPerPeriod is {limit.PermitsPerPeriod}; it must be at least 1.");
            }

            if (limit.Period < TimeSpan.FromMilliseconds(10) || limit.Period > TimeSpan.FromHours(1))
            {
                result.AddError($"{Section}:RateLimits:{provider}:Period is {limit.Period}; it must be from 00:00:00.01 to 01:00:00.");
            }
        }

        return result.Build();
    }
}
