using AutoMeet.Scheduling;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The API names of <see cref="AvailabilityRuleKind"/>: <c>weekly</c>, <c>monthlyNthWeekday</c>, <c>dateOverride</c>.</summary>
internal static class RuleKinds
{
    public const string Expected = "weekly, monthlyNthWeekday or dateOverride";

    public static string Format(AvailabilityRuleKind kind) => kind switch
    {
        AvailabilityRuleKind.Weekly => "weekly",
        AvailabilityRuleKind.MonthlyNthWeekday => "monthlyNthWeekday",
        AvailabilityRuleKind.DateOverride => "dateOverride",
        _ => kind.ToString(),
    };

    public static bool TryParse(string? text, out AvailabilityRuleKind kind)
    {
        foreach (var candidate in (AvailabilityRuleKind[])[AvailabilityRuleKind.Weekly, AvailabilityRuleKind.MonthlyNthWeekday, AvailabilityRuleKind.DateOverride])
        {
            if (string.Equals(text?.Trim(), Format(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
