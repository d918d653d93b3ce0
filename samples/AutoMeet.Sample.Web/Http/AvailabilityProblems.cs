using System.Globalization;
using System.Text.RegularExpressions;
using AutoMeet.Scheduling;

namespace AutoMeet.Sample.Web.Http;

/// <summary>
/// Turns an <see cref="AvailabilityValidationException"/> into a 400 validation problem whose field is named as the
/// client sent it: the engine's <c>meeting.durationMinutes</c> becomes <c>meetingDurationMinutes</c>,
/// <c>timeZoneId</c> becomes <c>timeZone</c>, and <c>rules.weeklyRules[k]</c> / <c>rules.dateOverrides[k].ranges[r]</c>
/// (indexes into the engine's own lists) become the <c>rules[i]</c> the client sent, when the rules are known.
/// </summary>
internal static partial class AvailabilityProblems
{
    public static IResult From(AvailabilityValidationException exception, IReadOnlyList<AvailabilityRule>? rules = null)
    {
        var (field, message) = Translate(exception, rules);
        return Problems.Field(field, message);
    }

    public static (string Field, string Message) Translate(AvailabilityValidationException exception, IReadOnlyList<AvailabilityRule>? rules)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message.StartsWith(exception.Field + ": ", StringComparison.Ordinal)
            ? exception.Message[(exception.Field.Length + 2)..]
            : exception.Message;
        return (ToRequestField(exception.Field, rules), RuleReferences().Replace(message, m => ToRequestField(m.Value, rules)));
    }

    public static string ToRequestField(string field, IReadOnlyList<AvailabilityRule>? rules)
    {
        switch (field)
        {
            case "timeZoneId":
                return "timeZone";
            case "meeting.durationMinutes":
                return "meetingDurationMinutes";
            case "meeting.rollingWindowDays":
                return "bookingHorizonDays";
            case "rules.weeklyRules":
                return "rules";
        }

        if (field.StartsWith("meeting.", StringComparison.Ordinal))
        {
            return field["meeting.".Length..];
        }

        if (rules is null)
        {
            return field;
        }

        var weekly = WeeklyRule().Match(field);
        if (weekly.Success && Recurring(rules, Index(weekly.Groups["k"])) is { } i)
        {
            return $"rules[{i}]{weekly.Groups["rest"].Value}";
        }

        var dated = DateOverride().Match(field);
        if (dated.Success && Override(rules, Index(dated.Groups["k"]), dated.Groups["r"].Success ? Index(dated.Groups["r"]) : null) is { } j)
        {
            return $"rules[{j}]{dated.Groups["rest"].Value}";
        }

        return field;
    }

    private static int Index(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The index of the k-th weekly or monthly rule (the mapper keeps their order).</summary>
    private static int? Recurring(IReadOnlyList<AvailabilityRule> rules, int k)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Kind != AvailabilityRuleKind.DateOverride && k-- == 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The index of the override behind the mapper's k-th date (dates sorted) and its r-th range (or its first rule).</summary>
    private static int? Override(IReadOnlyList<AvailabilityRule> rules, int k, int? r)
    {
        var dates = rules.Where(x => x.Kind == AvailabilityRuleKind.DateOverride && x.Date is not null).Select(x => x.Date!.Value).Distinct().Order().ToList();
        if (k >= dates.Count)
        {
            return null;
        }

        var ranges = r is not null;
        var wanted = r ?? 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Kind == AvailabilityRuleKind.DateOverride && rules[i].Date == dates[k] && (!ranges || !rules[i].IsUnavailable) && wanted-- == 0)
            {
                return i;
            }
        }

        return null;
    }

    [GeneratedRegex(@"rules\.(weeklyRules|dateOverrides)\[\d+\](\.ranges\[\d+\])?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RuleReferences();

    [GeneratedRegex(@"^rules\.weeklyRules\[(?<k>\d+)\](?<rest>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeeklyRule();

    [GeneratedRegex(@"^rules\.dateOverrides\[(?<k>\d+)\](\.ranges\[(?<r>\d+)\])?(?<rest>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateOverride();
}
