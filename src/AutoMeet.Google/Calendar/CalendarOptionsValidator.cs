using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Calendar;

/// <summary>Validates <see cref="GoogleOptions.Calendar"/> at start-up, naming the bad setting.</summary>
internal sealed class CalendarOptionsValidator : IValidateOptions<GoogleOptions>
{
    private const string S = GoogleOptions.SectionName + ":Calendar";

    public ValidateOptionsResult Validate(string? name, GoogleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var calendar = options.Calendar;
        if (calendar is null)
        {
            return ValidateOptionsResult.Fail($"{S} must not be null.");
        }

        var result = new ValidateOptionsResultBuilder();
        if (calendar.ApiBaseUri is not { IsAbsoluteUri: true })
        {
            result.AddError($"{S}:ApiBaseUri '{calendar.ApiBaseUri}' must be an absolute URI.");
        }

        if (calendar.FreeBusyCalendarsPerQuery is < 1 or > GoogleCalendarOptions.MaxCalendarsPerFreeBusyQuery)
        {
            result.AddError($"{S}:FreeBusyCalendarsPerQuery {calendar.FreeBusyCalendarsPerQuery} must be between 1 and {GoogleCalendarOptions.MaxCalendarsPerFreeBusyQuery}.");
        }

        if (calendar.FreeBusyMaxRange < TimeSpan.FromHours(1))
        {
            result.AddError($"{S}:FreeBusyMaxRange {calendar.FreeBusyMaxRange} must be at least 1 hour.");
        }

        if (calendar.SyncPageSize is < 1 or > 2500)
        {
            result.AddError($"{S}:SyncPageSize {calendar.SyncPageSize} must be between 1 and 2500.");
        }

        if (calendar.ConferencePollAttempts < 0 || calendar.ConferencePollDelay <= TimeSpan.Zero)
        {
            result.AddError($"{S}:ConferencePollAttempts ({calendar.ConferencePollAttempts}) must not be negative and ConferencePollDelay ({calendar.ConferencePollDelay}) must be positive.");
        }

        if (calendar.WatchTimeToLive < TimeSpan.FromMinutes(5))
        {
            result.AddError($"{S}:WatchTimeToLive {calendar.WatchTimeToLive} must be at least 5 minutes.");
        }

        if (calendar.UserRequestsPerMinute is < 2 or > 1_000_000 || calendar.ProjectRequestsPerMinute is < 2 or > 100_000_000)
        {
            result.AddError($"{S}:UserRequestsPerMinute ({calendar.UserRequestsPerMinute}) must be between 2 and 1000000 and ProjectRequestsPerMinute ({calendar.ProjectRequestsPerMinute}) between 2 and 100000000.");
        }

        if (!string.IsNullOrWhiteSpace(calendar.ChannelTokenKey) && !IsKey(calendar.ChannelTokenKey))
        {
            result.AddError($"{S}:ChannelTokenKey must be base64 of at least 32 bytes.");
        }

        return result.Build();
    }

    private static bool IsKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= 32;
    }
}
