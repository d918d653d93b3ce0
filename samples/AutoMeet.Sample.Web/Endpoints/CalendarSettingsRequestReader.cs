using System.Text.Json;
using AutoMeet.Campaigns;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Turns a <see cref="CalendarSettingsRequest"/> into <see cref="CalendarSettings"/>, checking its shape (required
/// values, kinds, days, time and date formats, values that do not apply to a rule's kind). Errors name the JSON path
/// (<c>rules[1].start</c>). The domain checks (ranges, overlaps, settings that can never yield a slot) come after,
/// from <see cref="CalendarSettingsMapper.Validate"/>.
/// </summary>
internal static class CalendarSettingsRequestReader
{
    public const int MaxRules = 200;
    public const int MaxBusyCalendars = 50;
    public const int MaxCalendarIdLength = 1024;

    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static CalendarSettings Read(CalendarSettingsRequest body, UserId owner, IDateTimeZoneProvider zones, Dictionary<string, string[]> errors)
    {
        var defaults = new CalendarSettings();
        var settings = new CalendarSettings
        {
            OwnerId = owner,
            TimeZoneId = ReadZone(body.TimeZone, zones, errors),
            MeetingDuration = Minutes(body.MeetingDurationMinutes, defaults.MeetingDuration),
            SlotInterval = Minutes(body.SlotIntervalMinutes, defaults.SlotInterval),
            BufferBefore = Minutes(body.BufferBeforeMinutes, defaults.BufferBefore),
            BufferAfter = Minutes(body.BufferAfterMinutes, defaults.BufferAfter),
            MinimumNotice = Minutes(body.MinimumNoticeMinutes, defaults.MinimumNotice),
            BookingHorizonDays = body.BookingHorizonDays ?? defaults.BookingHorizonDays,
            MaxMeetingsPerDay = body.MaxMeetingsPerDay,
            MaxMeetingsPerWeek = body.MaxMeetingsPerWeek,
            TentativeIsBusy = body.TentativeIsBusy ?? defaults.TentativeIsBusy,
            TransparentIsBusy = body.TransparentIsBusy ?? defaults.TransparentIsBusy,
        };

        ReadCalendars(body.BusyCalendarIds, settings.BusyCalendarIds, errors);
        if (body.Version is < 1)
        {
            errors["version"] = [$"must be the stored settings' version (1 or more), not {body.Version}."];
        }

        if (body.Rules is null)
        {
            errors["rules"] = ["is required: an array of working-time rules."];
        }
        else if (body.Rules.Count > MaxRules)
        {
            errors["rules"] = [$"has {body.Rules.Count} rules; at most {MaxRules} are allowed."];
        }
        else
        {
            for (var i = 0; i < body.Rules.Count; i++)
            {
                if (ReadRule(body.Rules[i], $"rules[{i}]", errors) is { } rule)
                {
                    rule.CalendarSettingsId = settings.Id;
                    settings.Rules.Add(rule);
                }
            }
        }

        return settings;
    }

    private static string ReadZone(string? id, IDateTimeZoneProvider zones, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["timeZone"] = ["is required: an IANA time-zone id such as Europe/Berlin."];
            return string.Empty;
        }

        if (zones.GetZoneOrNull(id.Trim()) is null)
        {
            errors["timeZone"] = [$"{Quote(id)} is not a known IANA time-zone id."];
        }

        return id.Trim();
    }

    private static Duration Minutes(int? minutes, Duration fallback) => minutes is { } m ? Duration.FromMinutes(m) : fallback;

    private static void ReadCalendars(IReadOnlyList<string?>? ids, IList<string> target, Dictionary<string, string[]> errors)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count > MaxBusyCalendars)
        {
            errors["busyCalendarIds"] = [$"has {ids.Count} calendars; at most {MaxBusyCalendars} are allowed."];
            return;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i]?.Trim();
            if (string.IsNullOrEmpty(id) || id.Length > MaxCalendarIdLength)
            {
                errors[$"busyCalendarIds[{i}]"] = [$"must be a non-blank calendar id of at most {MaxCalendarIdLength} characters."];
            }
            else if (!target.Contains(id))
            {
                target.Add(id);
            }
        }
    }

    private static AvailabilityRule? ReadRule(AvailabilityRuleRequest? r, string field, Dictionary<string, string[]> errors)
    {
        if (r is null)
        {
            errors[field] = ["must be a rule object, not null."];
            return null;
        }

        if (!RuleKinds.TryParse(r.Kind, out var kind))
        {
            errors[field + ".kind"] = [r.Kind is null ? $"is required: {RuleKinds.Expected}." : $"{Quote(r.Kind)} is not a rule kind; use {RuleKinds.Expected}."];
            return null;
        }

        var rule = new AvailabilityRule { Kind = kind, IsUnavailable = r.IsUnavailable ?? false };
        var count = errors.Count;
        if (kind == AvailabilityRuleKind.DateOverride)
        {
            rule.Date = ReadDate(r.Date, field + ".date", required: true, errors);
            NotFor(r.Days is { ValueKind: not JsonValueKind.Null }, field + ".days", "a dateOverride (it applies to its date)", errors);
            NotFor(r.IntervalWeeks is not null, field + ".intervalWeeks", "a dateOverride", errors);
            NotFor(r.AnchorDate is not null, field + ".anchorDate", "a dateOverride", errors);
            NotFor(r.WeekOfMonth is not null, field + ".weekOfMonth", "a dateOverride", errors);
        }
        else
        {
            rule.Days = ReadDays(r.Days, field + ".days", errors);
            rule.AnchorDate = ReadDate(r.AnchorDate, field + ".anchorDate", required: false, errors);
            NotFor(r.Date is not null, field + ".date", $"a {RuleKinds.Format(kind)} rule (only a dateOverride has a date)", errors);
            NotFor(rule.IsUnavailable, field + ".isUnavailable", $"a {RuleKinds.Format(kind)} rule (only a dateOverride can mark a date unavailable)", errors);
            if (kind == AvailabilityRuleKind.Weekly)
            {
                rule.IntervalWeeks = r.IntervalWeeks ?? 1;
                NotFor(r.WeekOfMonth is not null, field + ".weekOfMonth", "a weekly rule (only a monthlyNthWeekday rule has one)", errors);
            }
            else
            {
                rule.WeekOfMonth = r.WeekOfMonth;
                NotFor(r.IntervalWeeks is not null and not 1, field + ".intervalWeeks", "a monthlyNthWeekday rule (only a weekly rule repeats every n weeks)", errors);
            }
        }

        if (rule.IsUnavailable)
        {
            NotFor(r.Start is not null, field + ".start", "a date marked unavailable", errors);
            NotFor(r.End is not null, field + ".end", "a date marked unavailable", errors);
        }
        else
        {
            rule.Start = ReadTime(r.Start, field + ".start", endOfDay: false, errors);
            rule.End = ReadTime(r.End, field + ".end", endOfDay: true, errors);
        }

        return errors.Count == count ? rule : null;
    }

    private static SendingDays ReadDays(JsonElement? element, string field, Dictionary<string, string[]> errors)
    {
        const string Expected = "week days as names (\"monday\" … \"sunday\") or ISO numbers 1 (Monday) to 7 (Sunday)";
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            errors[field] = [element is null or { ValueKind: JsonValueKind.Null } ? $"is required: an array of {Expected}." : $"must be an array of {Expected}."];
            return SendingDays.None;
        }

        var days = SendingDays.None;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (ReadDay(item) is { } day)
            {
                days |= day;
            }
            else
            {
                errors[$"{field}[{index}]"] = [$"{Quote(item.GetRawText())} is not a week day; use {Expected}."];
            }

            index++;
        }

        if (index == 0)
        {
            errors[field] = [$"must name at least one week day: {Expected}."];
        }

        return days;
    }

    private static SendingDays? ReadDay(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String && WeekDays.TryParse(item.GetString(), out var named))
        {
            return named;
        }

        return item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var n) && WeekDays.TryParse(n, out var numbered)
            ? numbered
            : null;
    }

    private static LocalTime ReadTime(string? text, string field, bool endOfDay, Dictionary<string, string[]> errors)
    {
        var expected = endOfDay ? "HH:mm from 00:00 to 24:00" : "HH:mm from 00:00 to 23:59";
        if (text is null)
        {
            errors[field] = [$"is required: a local time, {expected}."];
            return default;
        }

        if (endOfDay && text == "24:00")
        {
            return LocalTime.Midnight;
        }

        var parsed = Time.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[field] = [$"{Quote(text)} is not a local time {expected}."];
        return default;
    }

    private static LocalDate? ReadDate(string? text, string field, bool required, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            if (required)
            {
                errors[field] = ["is required: a date, yyyy-MM-dd."];
            }

            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[field] = [$"{Quote(text)} is not a date, yyyy-MM-dd."];
        return null;
    }

    private static void NotFor(bool present, string field, string what, Dictionary<string, string[]> errors)
    {
        if (present)
        {
            errors[field] = [$"does not apply to {what}; leave it out."];
        }
    }

    /// <summary>Quotes a value in a message, cut to a readable length.</summary>
    internal static string Quote(string value) => value.Length <= 64 ? $"'{value}'" : $"'{value[..61]}...'";
}
