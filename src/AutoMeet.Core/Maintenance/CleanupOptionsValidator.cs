using Microsoft.Extensions.Options;

namespace AutoMeet.Maintenance;

/// <summary>Validates <see cref="CleanupOptions"/>; every failure names the setting and its range.</summary>
internal sealed class CleanupOptionsValidator : IValidateOptions<CleanupOptions>
{
    private static readonly TimeSpan MaxRetention = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, CleanupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval < TimeSpan.FromHours(1) || options.Interval > TimeSpan.FromDays(7))
        {
            failures.Add($"{CleanupOptions.SectionName}:Interval must be between 01:00:00 and 7.00:00:00; got {options.Interval}.");
        }

        Range(failures, nameof(CleanupOptions.CompletedWorkRetention), options.CompletedWorkRetention, TimeSpan.FromHours(1));
        Range(failures, nameof(CleanupOptions.DeliveredNotificationRetention), options.DeliveredNotificationRetention, TimeSpan.FromHours(1));
        if (options.EmailEventRetention is { } events)
        {
            Range(failures, nameof(CleanupOptions.EmailEventRetention), events, TimeSpan.FromDays(1));
        }

        if (options.MessageBodyRetention is { } bodies)
        {
            Range(failures, nameof(CleanupOptions.MessageBodyRetention), bodies, TimeSpan.FromDays(7));
        }

        if (options.DomainEventRetention is { } domainEvents)
        {
            Range(failures, nameof(CleanupOptions.DomainEventRetention), domainEvents, TimeSpan.FromDays(7));
        }

        Range(failures, nameof(CleanupOptions.WebhookDeliveryLogRetention), options.WebhookDeliveryLogRetention, TimeSpan.FromDays(1));
        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"{CleanupOptions.SectionName}:BatchSize must be between 1 and 1000; got {options.BatchSize}.");
        }

        if (options.MaxBatchesPerRun is < 1 or > 1000)
        {
            failures.Add($"{CleanupOptions.SectionName}:MaxBatchesPerRun must be between 1 and 1000; got {options.MaxBatchesPerRun}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string setting, TimeSpan value, TimeSpan min)
    {
        if (value < min || value > MaxRetention)
        {
            failures.Add($"{CleanupOptions.SectionName}:{setting} must be between {min} and {MaxRetention.Days} days; got {value}.");
        }
    }
}
