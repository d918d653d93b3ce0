using Microsoft.Extensions.Options;

namespace AutoMeet.Replies.Ai;

/// <summary>Validates <see cref="AiReplyOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class AiReplyOptionsValidator : IValidateOptions<AiReplyOptions>
{
    private const string Section = AiReplyOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AiReplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            result.AddError($"{Section}:Timeout is {options.Timeout}; it must be more than zero and at most 00:05:00.");
        }

        Unit(result, nameof(options.MinConfidence), options.MinConfidence);
        Unit(result, nameof(options.MaxConfidence), options.MaxConfidence);
        Unit(result, nameof(options.StrongOfflineConfidence), options.StrongOfflineConfidence);
        Unit(result, nameof(options.DisagreementConfidenceCap), options.DisagreementConfidenceCap);
        if (options.MinConfidence > options.MaxConfidence)
        {
            result.AddError($"{Section}:MinConfidence ({options.MinConfidence}) is above {Section}:MaxConfidence ({options.MaxConfidence}).");
        }

        if (options.MaxTextChars is < 200 or > 100_000)
        {
            result.AddError($"{Section}:MaxTextChars is {options.MaxTextChars}; it must be between 200 and 100000.");
        }

        if (options.MaxThreadContextChars is < 0 or > 100_000)
        {
            result.AddError($"{Section}:MaxThreadContextChars is {options.MaxThreadContextChars}; it must be between 0 and 100000.");
        }

        if (options.AvailabilityHorizon < TimeSpan.FromDays(1) || options.AvailabilityHorizon > TimeSpan.FromDays(400))
        {
            result.AddError($"{Section}:AvailabilityHorizon is {options.AvailabilityHorizon}; it must be between 1 and 400 days.");
        }

        if (options.MinWindowLength <= TimeSpan.Zero || options.MinWindowLength > options.MaxWindowLength || options.MaxWindowLength > TimeSpan.FromHours(24))
        {
            result.AddError($"{Section}:MinWindowLength ({options.MinWindowLength}) and MaxWindowLength ({options.MaxWindowLength}) must satisfy 0 < min <= max <= 24:00:00.");
        }

        if (options.EarliestHour is < 0 or > 23 || options.LatestHour is < 1 or > 24 || options.EarliestHour >= options.LatestHour)
        {
            result.AddError($"{Section}:EarliestHour ({options.EarliestHour}) and LatestHour ({options.LatestHour}) must satisfy 0 <= earliest < latest <= 24.");
        }

        if (options.MaxWindows is < 1 or > 200)
        {
            result.AddError($"{Section}:MaxWindows is {options.MaxWindows}; it must be between 1 and 200.");
        }

        return result.Build();
    }

    private static void Unit(ValidateOptionsResultBuilder result, string property, double value)
    {
        if (!double.IsFinite(value) || value is < 0 or > 1)
        {
            result.AddError($"{Section}:{property} is {value}; it must be between 0 and 1.");
        }
    }
}
