using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Internal;

/// <summary>Validates the rules of <see cref="AutoMeetOptions"/> that need more than attributes.</summary>
internal sealed class AutoMeetOptionsCustomValidator(IDateTimeZoneProvider zones) : IValidateOptions<AutoMeetOptions>
{
    public ValidateOptionsResult Validate(string? name, AutoMeetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();

        if (!string.IsNullOrWhiteSpace(options.DefaultTimeZoneId) && zones.GetZoneOrNull(options.DefaultTimeZoneId) is null)
        {
            result.AddError(
                $"AutoMeet:DefaultTimeZoneId '{options.DefaultTimeZoneId}' is not a known IANA time zone (for example 'Europe/Berlin').");
        }

        return result.Build();
    }
}
