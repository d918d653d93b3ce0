using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents a recurring working range: every week (or every n-th week) on some week days, or the n-th given
/// weekday of each month.
/// </summary>
public sealed record RecurringHours
{
    private RecurringHours(AvailabilityRuleKind kind, SendingDays days, WorkingRange range, int intervalWeeks, LocalDate? anchorDate, int weekOfMonth)
    {
        Kind = kind;
        Days = days;
        Range = range;
        IntervalWeeks = intervalWeeks;
        AnchorDate = anchorDate;
        WeekOfMonth = weekOfMonth;
    }

    /// <summary>Gets how the range recurs: <see cref="AvailabilityRuleKind.Weekly"/> or <see cref="AvailabilityRuleKind.MonthlyNthWeekday"/>.</summary>
    public AvailabilityRuleKind Kind { get; }

    /// <summary>Gets the week days the range applies to.</summary>
    public SendingDays Days { get; }

    /// <summary>Gets the wall-clock range.</summary>
    public WorkingRange Range { get; }

    /// <summary>Gets the repeat interval in weeks for weekly ranges (1 = every week, 2 = every other week).</summary>
    public int IntervalWeeks { get; }

    /// <summary>
    /// Gets the anchor: for a weekly range, its ISO week (Monday first) is the first week of the cycle; for both kinds
    /// the range applies only on dates at or after it. <see langword="null"/> means no anchor.
    /// </summary>
    public LocalDate? AnchorDate { get; }

    /// <summary>Gets the week of the month (1 to 5, or -1 for the last) of a monthly range; 0 for weekly ranges.</summary>
    public int WeekOfMonth { get; }

    /// <summary>Creates a weekly range.</summary>
    /// <param name="days">The week days.</param>
    /// <param name="range">The wall-clock range.</param>
    /// <param name="intervalWeeks">Every how many weeks (1 = every week); above 1 an <paramref name="anchorDate"/> is required.</param>
    /// <param name="anchorDate">A date in the first week of the cycle, and the first date the range applies.</param>
    /// <returns>The recurring range (validated when a <see cref="WorkingSchedule"/> is built from it).</returns>
    public static RecurringHours Weekly(SendingDays days, WorkingRange range, int intervalWeeks = 1, LocalDate? anchorDate = null) =>
        new(AvailabilityRuleKind.Weekly, days, range, intervalWeeks, anchorDate, 0);

    /// <summary>Creates a monthly range on the n-th given weekday.</summary>
    /// <param name="days">The week days (usually one).</param>
    /// <param name="weekOfMonth">1 to 5, or -1 for the last such weekday of the month.</param>
    /// <param name="range">The wall-clock range.</param>
    /// <param name="anchorDate">The first date the range applies, if any.</param>
    /// <returns>The recurring range (validated when a <see cref="WorkingSchedule"/> is built from it).</returns>
    public static RecurringHours MonthlyNthWeekday(SendingDays days, int weekOfMonth, WorkingRange range, LocalDate? anchorDate = null) =>
        new(AvailabilityRuleKind.MonthlyNthWeekday, days, range, 1, anchorDate, weekOfMonth);

    /// <summary>Returns whether the range applies on a local date.</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> if the range applies.</returns>
    public bool AppliesOn(LocalDate date)
    {
        if ((Days & ToDay(date.DayOfWeek)) == 0 || (AnchorDate is { } anchor && date < anchor))
        {
            return false;
        }

        if (Kind == AvailabilityRuleKind.MonthlyNthWeekday)
        {
            return WeekOfMonth == -1
                ? date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month)
                : (date.Day - 1) / 7 + 1 == WeekOfMonth;
        }

        if (IntervalWeeks <= 1 || AnchorDate is not { } cycleAnchor)
        {
            return true;
        }

        var weeks = Period.DaysBetween(MondayOf(cycleAnchor), MondayOf(date)) / 7;
        return weeks % IntervalWeeks == 0;
    }

    /// <summary>Converts an ISO weekday to its <see cref="SendingDays"/> flag.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The flag.</returns>
    internal static SendingDays ToDay(IsoDayOfWeek day) => (SendingDays)(1 << ((int)day - 1));

    private static LocalDate MondayOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);
}
