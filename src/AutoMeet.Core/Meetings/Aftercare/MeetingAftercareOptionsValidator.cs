using Microsoft.Extensions.Options;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>Validates <see cref="MeetingAftercareOptions"/> at start-up, naming the setting at fault.</summary>
internal sealed class MeetingAftercareOptionsValidator : IValidateOptions<MeetingAftercareOptions>
{
    private const string Section = MeetingAftercareOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, MeetingAftercareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ReminderOffsets is { } offsets)
        {
            foreach (var offset in offsets)
            {
                if (offset < TimeSpan.FromMinutes(5) || offset > MeetingAftercareOptions.MaxReminderOffset)
                {
                    failures.Add($"{Section}:ReminderOffsets must each be between 5 minutes and 7 days (found {offset}).");
                }
            }

            if (offsets.Distinct().Count() != offsets.Count)
            {
                failures.Add($"{Section}:ReminderOffsets must not repeat an offset (found {string.Join(", ", offsets)}).");
            }
        }

        Range(failures, nameof(options.ReminderScanInterval), options.ReminderScanInterval, TimeSpan.FromMinutes(5), TimeSpan.FromDays(1), "5 minutes and 1 day");
        Range(failures, nameof(options.ReminderMaxLateness), options.ReminderMaxLateness, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1), "1 minute and 1 day");
        Range(failures, nameof(options.OutcomeGracePeriod), options.OutcomeGracePeriod, TimeSpan.Zero, TimeSpan.FromDays(1), "0 and 1 day");
        Range(failures, nameof(options.OutcomeLinkLifetime), options.OutcomeLinkLifetime, TimeSpan.FromHours(1), TimeSpan.FromDays(30), "1 hour and 30 days");
        Range(failures, nameof(options.UnmarkedOutcomeAfter), options.UnmarkedOutcomeAfter, TimeSpan.FromHours(1), TimeSpan.FromDays(30), "1 hour and 30 days");
        Range(failures, nameof(options.NoShowFollowUpDelay), options.NoShowFollowUpDelay, TimeSpan.Zero, TimeSpan.FromDays(7), "0 and 7 days");
        if (!Enum.IsDefined(options.UnmarkedOutcomeAction))
        {
            failures.Add($"{Section}:UnmarkedOutcomeAction must be AssumeCompleted or LeaveForOwner (found {options.UnmarkedOutcomeAction}).");
        }

        if (string.IsNullOrWhiteSpace(options.NoShowFollowUpText) || options.NoShowFollowUpText.Length > 2000)
        {
            failures.Add($"{Section}:NoShowFollowUpText must be between 1 and 2000 characters (found {options.NoShowFollowUpText?.Length ?? 0}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string setting, TimeSpan value, TimeSpan min, TimeSpan max, string range)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Section}:{setting} must be between {range} (found {value}).");
        }
    }
}
