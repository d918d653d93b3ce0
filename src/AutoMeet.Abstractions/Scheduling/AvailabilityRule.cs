using AutoMeet.Campaigns;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents one working-time rule of an owner: a wall-clock range in the owner's zone on the days the rule
/// selects. An end at or before the start means the range crosses midnight into the next day.
/// </summary>
public sealed class AvailabilityRule : Entity<AvailabilityRule>
{
    /// <summary>Gets or sets the settings the rule belongs to.</summary>
    public Id<CalendarSettings> CalendarSettingsId { get; set; }

    /// <summary>Gets or sets how the rule recurs.</summary>
    public AvailabilityRuleKind Kind { get; set; }

    /// <summary>Gets or sets the week days the rule applies to (weekly and monthly rules).</summary>
    public SendingDays Days { get; set; }

    /// <summary>Gets or sets the repeat interval in weeks for weekly rules (1 = every week, 2 = every other week).</summary>
    public int IntervalWeeks { get; set; } = 1;

    /// <summary>Gets or sets a date in the first week of a multi-week cycle, or the first date the rule applies.</summary>
    public LocalDate? AnchorDate { get; set; }

    /// <summary>Gets or sets which week of the month a monthly rule selects (1 to 5, or -1 for the last).</summary>
    public int? WeekOfMonth { get; set; }

    /// <summary>Gets or sets the local date of a date override.</summary>
    public LocalDate? Date { get; set; }

    /// <summary>Gets or sets a value indicating whether the rule marks its date as unavailable (a day off or holiday).</summary>
    public bool IsUnavailable { get; set; }

    /// <summary>Gets or sets the local start of the range.</summary>
    public LocalTime Start { get; set; }

    /// <summary>Gets or sets the local end of the range; at or before <see cref="Start"/> means the next day.</summary>
    public LocalTime End { get; set; }
}
