using System.Text.Json;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One working-time rule in <see cref="CalendarSettingsRequest.Rules"/>.</summary>
/// <param name="Kind"><c>weekly</c>, <c>monthlyNthWeekday</c> or <c>dateOverride</c>.</param>
/// <param name="Days">Week days, as names (<c>"monday"</c>) or ISO numbers 1 (Monday) to 7 (Sunday); weekly and monthly rules.</param>
/// <param name="Start">The local start, <c>HH:mm</c>.</param>
/// <param name="End">The local end, <c>HH:mm</c> (or <c>24:00</c>); at or before the start means the next day.</param>
/// <param name="Date">The date of a date override, <c>yyyy-MM-dd</c>.</param>
/// <param name="IsUnavailable">Whether a date override marks its date as a day off (then without start and end).</param>
/// <param name="IntervalWeeks">Weekly rules: every n-th week (default 1; above 1 needs <paramref name="AnchorDate"/>).</param>
/// <param name="AnchorDate">A date in the first week of the cycle, or the first date the rule applies, <c>yyyy-MM-dd</c>.</param>
/// <param name="WeekOfMonth">Monthly rules: which week of the month, 1 to 5 or -1 for the last.</param>
public sealed record AvailabilityRuleRequest(
    string? Kind,
    JsonElement? Days,
    string? Start,
    string? End,
    string? Date,
    bool? IsUnavailable,
    int? IntervalWeeks,
    string? AnchorDate,
    int? WeekOfMonth);
