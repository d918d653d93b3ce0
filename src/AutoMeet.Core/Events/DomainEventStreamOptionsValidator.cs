using Microsoft.Extensions.Options;

namespace AutoMeet.Events;

/// <summary>Validates <see cref="DomainEventStreamOptions"/>; every failure names the setting and its range.</summary>
internal sealed class DomainEventStreamOptionsValidator : IValidateOptions<DomainEventStreamOptions>
{
    public ValidateOptionsResult Validate(string? name, DomainEventStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PollInterval < TimeSpan.FromMilliseconds(10) || options.PollInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{DomainEventStreamOptions.SectionName}:PollInterval must be between 00:00:00.010 and 00:05:00; got {options.PollInterval}.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"{DomainEventStreamOptions.SectionName}:BatchSize must be between 1 and 1000; got {options.BatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
