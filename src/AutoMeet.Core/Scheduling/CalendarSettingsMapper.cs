using AutoMeet.Calendars;
using AutoMeet.Scheduling.Internal;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Maps the stored <see cref="CalendarSettings"/> and their <see cref="AvailabilityRule"/>s to the engine's input.</summary>
public static class CalendarSettingsMapper
{
    /// <summary>Builds the working schedule of stored settings.</summary>
    /// <param name="settings">The settings with their rules.</param>
    /// <param name="zones">The zone provider (tzdb).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AvailabilityValidationException">The zone is unknown or the rules are invalid.</exception>
    public static WorkingSchedule ToWorkingSchedule(CalendarSettings settings, IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zones);
        var zone = zones.GetZoneOrNull(settings.TimeZoneId ?? string.Empty)
            ?? throw new AvailabilityValidationException("timeZoneId", settings.TimeZoneId, "is not a known IANA time-zone id");
        var recurring = new List<RecurringHours>();
        var overrides = new SortedDictionary<LocalDate, (bool Off, List<WorkingRange> Ranges)>();
        for (var i = 0; i < settings.Rules.Count; i++)
        {
            var rule = settings.Rules[i];
            var range = new WorkingRange(rule.Start, rule.End);
            switch (rule.Kind)
            {
                case AvailabilityRuleKind.Weekly:
                    recurring.Add(RecurringHours.Weekly(rule.Days, range, rule.IntervalWeeks, rule.AnchorDate));
                    break;
                case AvailabilityRuleKind.MonthlyNthWeekday:
                    var week = rule.WeekOfMonth ?? throw new AvailabilityValidationException($"rules[{i}].weekOfMonth", null, "is required for a monthly rule");
                    recurring.Add(RecurringHours.MonthlyNthWeekday(rule.Days, week, range, rule.AnchorDate));
                    break;
                case AvailabilityRuleKind.DateOverride:
                    var date = rule.Date ?? throw new AvailabilityValidationException($"rules[{i}].date", null, "is required for a date override");
                    var entry = overrides.TryGetValue(date, out var existing) ? existing : (false, []);
                    if (!rule.IsUnavailable)
                    {
                        entry.Ranges.Add(range);
                    }

                    overrides[date] = (entry.Off || rule.IsUnavailable, entry.Ranges);
                    break;
                default:
                    throw new AvailabilityValidationException($"rules[{i}].kind", rule.Kind.ToString(), "is not a known rule kind");
            }
        }

        // A date marked unavailable is a day off, whatever ranges other overrides give it.
        var dates = overrides.Select(static o => new DateOverride(o.Key, o.Value.Off ? [] : o.Value.Ranges)).ToArray();
        return new WorkingSchedule(zone, recurring, dates, "rules.");
    }

    /// <summary>Builds the meeting settings of stored settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The meeting settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    public static MeetingSettings ToMeetingSettings(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MeetingSettings
        {
            Duration = settings.MeetingDuration,
            SlotInterval = settings.SlotInterval,
            BufferBefore = settings.BufferBefore,
            BufferAfter = settings.BufferAfter,
            MinimumNotice = settings.MinimumNotice,
            RollingWindowDays = settings.BookingHorizonDays,
            MaxMeetingsPerDay = settings.MaxMeetingsPerDay,
            MaxMeetingsPerWeek = settings.MaxMeetingsPerWeek,
            TentativeIsBusy = settings.TentativeIsBusy,
            TransparentIsBusy = settings.TransparentIsBusy,
        };
    }

    /// <summary>Keeps the busy intervals of the calendars that count and maps them to the engine's busy time.</summary>
    /// <param name="intervals">Busy intervals read from the calendars.</param>
    /// <param name="settings">The settings (<see cref="CalendarSettings.BusyCalendarIds"/>; empty keeps every interval given).</param>
    /// <returns>The busy time.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static BusyTime[] ToBusyTimes(IEnumerable<BusyInterval> intervals, CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(settings);
        var wanted = settings.BusyCalendarIds.Count == 0 ? null : new HashSet<string>(settings.BusyCalendarIds, StringComparer.Ordinal);
        return [.. intervals
            .Where(b => wanted is null || wanted.Contains(b.CalendarId))
            .Where(static b => b.Interval.HasStart && b.Interval.HasEnd)
            .Select(static b => new BusyTime(b.Interval.Start, b.Interval.End, b.IsTentative ? BusyStatus.Tentative : BusyStatus.Busy))];
    }

    /// <summary>
    /// Checks stored settings before they are saved: the zone and rules, the meeting settings, and combinations that
    /// can never yield a slot (a minimum notice longer than the horizon, a duration longer than every working range).
    /// </summary>
    /// <param name="settings">The settings.</param>
    /// <param name="zones">The zone provider.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AvailabilityValidationException">The settings are invalid; the exception names the field.</exception>
    public static void Validate(CalendarSettings settings, IDateTimeZoneProvider zones)
    {
        var schedule = ToWorkingSchedule(settings, zones);
        var now = Instant.FromUtc(2000, 1, 3, 0, 0);
        var request = new AvailabilityRequest(
            new ParticipantAvailability(schedule, ReadOnlyMemory<BusyTime>.Empty),
            ToMeetingSettings(settings),
            schedule.Zone,
            new Interval(now, now + Duration.FromDays(1)),
            now);
        RequestValidator.Validate(request);
    }
}
