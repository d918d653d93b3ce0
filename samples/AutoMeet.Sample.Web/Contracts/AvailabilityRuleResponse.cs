using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One working-time rule as the API returns it (the shape <see cref="AvailabilityRuleRequest"/> accepts).</summary>
public sealed record AvailabilityRuleResponse(
    string Kind,
    IReadOnlyList<string>? Days,
    string? Start,
    string? End,
    string? Date,
    bool IsUnavailable,
    int? IntervalWeeks,
    string? AnchorDate,
    int? WeekOfMonth)
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static AvailabilityRuleResponse From(AvailabilityRule r)
    {
        var isOverride = r.Kind == AvailabilityRuleKind.DateOverride;
        var hasRange = !(isOverride && r.IsUnavailable);
        return new AvailabilityRuleResponse(
            RuleKinds.Format(r.Kind),
            isOverride ? null : [.. WeekDays.Names(r.Days)],
            hasRange ? Time.Format(r.Start) : null,
            hasRange ? Time.Format(r.End) : null,
            r.Date is { } date ? LocalDatePattern.Iso.Format(date) : null,
            r.IsUnavailable,
            r.Kind == AvailabilityRuleKind.Weekly ? r.IntervalWeeks : null,
            r.AnchorDate is { } anchor ? LocalDatePattern.Iso.Format(anchor) : null,
            r.Kind == AvailabilityRuleKind.MonthlyNthWeekday ? r.WeekOfMonth : null);
    }
}
