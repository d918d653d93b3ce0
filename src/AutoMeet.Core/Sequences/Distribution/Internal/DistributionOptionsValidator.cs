using System.Globalization;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>Validates <see cref="DistributionOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class DistributionOptionsValidator : IValidateOptions<DistributionOptions>
{
    private const string Section = DistributionOptions.SectionName;

    public static void ThrowIfInvalid(DistributionOptions options)
    {
        var result = new DistributionOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DistributionOptions), result.Failures);
        }
    }

    public ValidateOptionsResult Validate(string? name, DistributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        AtLeastOne(result, nameof(options.MaxDailySendsPerMailbox), options.MaxDailySendsPerMailbox);
        AtLeastOne(result, nameof(options.MaxNewProspectsPerMailboxPerDay), options.MaxNewProspectsPerMailboxPerDay);
        AtLeastOne(result, nameof(options.MaxPerDomainPerMailboxPerDay), options.MaxPerDomainPerMailboxPerDay);
        AtLeastOne(result, nameof(options.BreakerMinSample), options.BreakerMinSample);
        if (options.MinGap < TimeSpan.Zero || options.MinGap > TimeSpan.FromHours(12))
        {
            result.AddError(Format($"{Section}:MinGap is {options.MinGap}; it must be between 00:00:00 and 12:00:00."));
        }

        if (options.DomainMinGap < TimeSpan.Zero || options.DomainMinGap > TimeSpan.FromHours(12))
        {
            result.AddError(Format($"{Section}:DomainMinGap is {options.DomainMinGap}; it must be between 00:00:00 and 12:00:00."));
        }

        if (!(options.JitterFraction >= 0 && options.JitterFraction <= 0.5))
        {
            result.AddError(Format($"{Section}:JitterFraction is {options.JitterFraction}; it must be in [0, 0.5]."));
        }

        Rate(result, nameof(options.BounceRateThreshold), options.BounceRateThreshold);
        Rate(result, nameof(options.ComplaintRateThreshold), options.ComplaintRateThreshold);
        if (options.BreakerWindow <= TimeSpan.Zero)
        {
            result.AddError(Format($"{Section}:BreakerWindow is {options.BreakerWindow}; it must be positive."));
        }

        if (options.BreakerReset == BreakerResetMode.Cooldown && options.BreakerCooldown <= TimeSpan.Zero)
        {
            result.AddError(Format($"{Section}:BreakerCooldown is {options.BreakerCooldown}; it must be positive when {Section}:BreakerReset is Cooldown."));
        }

        if (!Enum.IsDefined(options.BreakerReset))
        {
            result.AddError(Format($"{Section}:BreakerReset is {(int)options.BreakerReset}; use Cooldown or Manual."));
        }

        var previous = 0;
        for (var i = 0; i < options.WarmupSchedule.Count; i++)
        {
            var day = options.WarmupSchedule[i];
            if (day < 1)
            {
                result.AddError(Format($"{Section}:WarmupSchedule:{i} is {day}; every warm-up day must allow at least 1 e-mail."));
            }
            else if (day < previous)
            {
                result.AddError(Format($"{Section}:WarmupSchedule:{i} is {day}, less than the day before ({previous}); the warm-up schedule must be non-decreasing."));
            }

            previous = Math.Max(previous, day);
        }

        foreach (var domain in options.DomainThrottleExemptions)
        {
            if (string.IsNullOrWhiteSpace(domain))
            {
                result.AddError($"{Section}:DomainThrottleExemptions contains an empty domain.");
            }
        }

        return result.Build();
    }

    private static void AtLeastOne(ValidateOptionsResultBuilder result, string setting, int value)
    {
        if (value < 1)
        {
            result.AddError(Format($"{Section}:{setting} is {value}; it must be at least 1."));
        }
    }

    private static void Rate(ValidateOptionsResultBuilder result, string setting, double value)
    {
        if (!(value > 0 && value <= 1))
        {
            result.AddError(Format($"{Section}:{setting} is {value}; it must be in (0, 1]."));
        }
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
