using System.Globalization;
using AutoMeet.Campaigns;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Scheduling;

/// <summary>Validation of a <see cref="WorkingSchedule"/>.</summary>
public sealed partial class WorkingSchedule
{
    private const long MinutesPerDay = 1440;
    private const long MinutesPerWeek = 7 * MinutesPerDay;

    private void Validate()
    {
        var weekly = new List<(long Start, long End, int Rule)>();
        for (var i = 0; i < Recurring.Count; i++)
        {
            var rule = Recurring[i] ?? throw new AvailabilityValidationException($"{FieldPrefix}weeklyRules[{i}]", null, "is null");
            var field = $"{FieldPrefix}weeklyRules[{i}]";
            ValidateRange(rule.Range, field);
            if ((rule.Days & SendingDays.All) == 0 || (rule.Days & ~SendingDays.All) != 0)
            {
                throw new AvailabilityValidationException(field + ".days", rule.Days.ToString(), "must name at least one week day and nothing else");
            }

            if (rule.Kind == AvailabilityRuleKind.Weekly)
            {
                if (rule.IntervalWeeks is < 1 or > 52)
                {
                    throw new AvailabilityValidationException(field + ".intervalWeeks", rule.IntervalWeeks.ToString(CultureInfo.InvariantCulture), "must be from 1 to 52");
                }

                if (rule.IntervalWeeks > 1 && rule.AnchorDate is null)
                {
                    throw new AvailabilityValidationException(field + ".anchorDate", null, "is required when intervalWeeks is above 1 (it fixes which weeks are on)");
                }

                if (rule.IntervalWeeks == 1 && rule.AnchorDate is null)
                {
                    AddWeekly(weekly, rule, i);
                }
            }
            else if (rule.Kind == AvailabilityRuleKind.MonthlyNthWeekday)
            {
                if (rule.WeekOfMonth is not (-1 or (>= 1 and <= 5)))
                {
                    throw new AvailabilityValidationException(field + ".weekOfMonth", rule.WeekOfMonth.ToString(CultureInfo.InvariantCulture), "must be 1 to 5, or -1 for the last");
                }
            }
            else
            {
                throw new AvailabilityValidationException(field + ".kind", rule.Kind.ToString(), "must be Weekly or MonthlyNthWeekday (date overrides go in dateOverrides)");
            }
        }

        CheckNoOverlap(weekly);
        ValidateOverrides();
        if (Recurring.Count == 0 && Overrides.All(static o => o.Ranges.Count == 0))
        {
            throw new AvailabilityValidationException($"{FieldPrefix}weeklyRules", "[]", "there is no working time at all (no rule and no override with a range)");
        }
    }

    private static void AddWeekly(List<(long Start, long End, int Rule)> weekly, RecurringHours rule, int index)
    {
        for (var d = 0; d < 7; d++)
        {
            if ((rule.Days & (SendingDays)(1 << d)) != 0)
            {
                var start = d * MinutesPerDay + rule.Range.StartNanos / NodaConstants.NanosecondsPerMinute;
                var end = d * MinutesPerDay + rule.Range.EndNanos / NodaConstants.NanosecondsPerMinute;
                weekly.Add((start, end, index));
                if (end > MinutesPerWeek)
                {
                    // Sunday's range crossing midnight runs into Monday of the next week.
                    weekly.Add((start - MinutesPerWeek, end - MinutesPerWeek, index));
                }
            }
        }
    }

    private void CheckNoOverlap(List<(long Start, long End, int Rule)> ranges)
    {
        ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].Start < ranges[i - 1].End)
            {
                var (a, b) = (Math.Min(ranges[i].Rule, ranges[i - 1].Rule), Math.Max(ranges[i].Rule, ranges[i - 1].Rule));
                var day = (IsoDayOfWeek)((((ranges[i].Start / MinutesPerDay) % 7) + 7) % 7 + 1);
                throw new AvailabilityValidationException(
                    $"{FieldPrefix}weeklyRules[{b}]",
                    Recurring[b].Range.ToString(),
                    a == b
                        ? $"overlaps itself on {day} (a range crossing midnight runs into the next day's)"
                        : $"overlaps {FieldPrefix}weeklyRules[{a}] ({Recurring[a].Range}) on {day}");
            }
        }
    }

    private void ValidateOverrides()
    {
        var seen = new HashSet<LocalDate>();
        for (var i = 0; i < Overrides.Count; i++)
        {
            var o = Overrides[i] ?? throw new AvailabilityValidationException($"{FieldPrefix}dateOverrides[{i}]", null, "is null");
            var field = $"{FieldPrefix}dateOverrides[{i}]";
            if (!seen.Add(o.Date))
            {
                throw new AvailabilityValidationException(field + ".date", LocalDatePattern.Iso.Format(o.Date), "repeats a date that already has an override");
            }

            ArgumentNullException.ThrowIfNull(o.Ranges);
            var ranges = new List<(long Start, long End, int Rule)>();
            for (var r = 0; r < o.Ranges.Count; r++)
            {
                ValidateRange(o.Ranges[r], $"{field}.ranges[{r}]");
                ranges.Add((o.Ranges[r].StartNanos, o.Ranges[r].EndNanos, r));
            }

            ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            for (var r = 1; r < ranges.Count; r++)
            {
                if (ranges[r].Start < ranges[r - 1].End)
                {
                    throw new AvailabilityValidationException($"{field}.ranges[{ranges[r].Rule}]", o.Ranges[ranges[r].Rule].ToString(), $"overlaps {field}.ranges[{ranges[r - 1].Rule}] ({o.Ranges[ranges[r - 1].Rule]})");
                }
            }
        }
    }

    private static void ValidateRange(WorkingRange range, string field)
    {
        if (range.Start == range.End && range.Start != LocalTime.Midnight)
        {
            throw new AvailabilityValidationException(field + ".end", range.ToString(), "equals the start; an end before the start crosses midnight, and a whole day is 00:00-24:00");
        }
    }
}
