namespace AutoMeet.Scheduling;

/// <summary>Represents how an availability rule recurs.</summary>
public enum AvailabilityRuleKind
{
    /// <summary>Every week on <see cref="AvailabilityRule.Days"/>, or every n-th week with <see cref="AvailabilityRule.IntervalWeeks"/>.</summary>
    Weekly = 0,

    /// <summary>The n-th given weekday of each month (<see cref="AvailabilityRule.WeekOfMonth"/>; -1 is the last).</summary>
    MonthlyNthWeekday = 1,

    /// <summary>One local date (<see cref="AvailabilityRule.Date"/>) that replaces the recurring rules for that date.</summary>
    DateOverride = 2,
}
