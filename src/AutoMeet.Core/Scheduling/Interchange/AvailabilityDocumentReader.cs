using System.Text.Json;
using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Scheduling.Interchange;

/// <summary>
/// Reads one document in the availability interchange format (see the bench folder's README) into an
/// <see cref="AvailabilityRequest"/>. Every error names the field as a JSON path and quotes the value.
/// </summary>
/// <remarks>
/// Beyond the base format, these optional fields are read: on a weekly rule <c>intervalWeeks</c> and
/// <c>anchorDate</c> (every n-th week) or <c>weekOfMonth</c> (1–5 or -1: a monthly n-th weekday rule); in
/// <c>meeting</c>, <c>maxMeetingsPerDay</c>, <c>maxMeetingsPerWeek</c>, <c>tentativeIsBusy</c>, <c>transparentIsBusy</c>;
/// on a busy interval <c>status</c> (<c>busy</c>, <c>tentative</c>, <c>free</c>, <c>held</c>); and a top-level
/// <c>bookedMeetings</c> list of <c>{ "start": … }</c>. <c>slotIntervalMinutes</c> defaults to the duration, buffers and
/// notice to zero; without <c>rollingWindowDays</c> there is no rolling horizon.
/// </remarks>
public static partial class AvailabilityDocumentReader
{
    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="zones">The zone provider; tzdb by default.</param>
    /// <returns>The question.</returns>
    /// <exception cref="AvailabilityValidationException">The document is not valid JSON, misses a field, or has a bad value.</exception>
    public static AvailabilityRequest Read(ReadOnlyMemory<byte> utf8Json, IDateTimeZoneProvider? zones = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new AvailabilityValidationException("(document)", e.Path, $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            return Read(document.RootElement, zones ?? DateTimeZoneProviders.Tzdb);
        }
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="zones">The zone provider; tzdb by default.</param>
    /// <returns>The question.</returns>
    /// <exception cref="AvailabilityValidationException">The document is not valid JSON, misses a field, or has a bad value.</exception>
    public static AvailabilityRequest Read(Stream utf8Json, IDateTimeZoneProvider? zones = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), zones);
    }

    private static AvailabilityRequest Read(JsonElement root, IDateTimeZoneProvider zones)
    {
        Expect(root, JsonValueKind.Object, "(document)");
        var now = ReadInstant(Required(root, "now", string.Empty), "now");
        var hostElement = Required(root, "host", string.Empty);
        Expect(hostElement, JsonValueKind.Object, "host");
        var schedule = ReadSchedule(hostElement, zones);
        var invitee = Required(root, "invitee", string.Empty);
        Expect(invitee, JsonValueKind.Object, "invitee");
        var inviteeZone = ReadZone(Required(invitee, "timeZone", "invitee."), "invitee.timeZone", zones);
        var meeting = ReadMeeting(Required(root, "meeting", string.Empty));
        var window = ReadWindow(Required(root, "request", string.Empty));
        var host = new ParticipantAvailability(schedule, ReadBusy(root))
        {
            Name = "host",
            BookedMeetings = ReadBooked(root),
        };
        return new AvailabilityRequest(host, meeting, inviteeZone, window, now);
    }

    private static WorkingSchedule ReadSchedule(JsonElement host, IDateTimeZoneProvider zones)
    {
        var zone = ReadZone(Required(host, "timeZone", "host."), "host.timeZone", zones);
        var rules = new List<RecurringHours>();
        if (Optional(host, "weeklyRules") is { } weekly)
        {
            Expect(weekly, JsonValueKind.Array, "host.weeklyRules");
            var i = 0;
            foreach (var rule in weekly.EnumerateArray())
            {
                rules.Add(ReadRule(rule, $"host.weeklyRules[{i++}]"));
            }
        }

        var overrides = new List<DateOverride>();
        if (Optional(host, "dateOverrides") is { } dates)
        {
            Expect(dates, JsonValueKind.Array, "host.dateOverrides");
            var i = 0;
            foreach (var o in dates.EnumerateArray())
            {
                var field = $"host.dateOverrides[{i++}]";
                Expect(o, JsonValueKind.Object, field);
                var date = ReadDate(Required(o, "date", field + "."), field + ".date");
                var rangesElement = Required(o, "ranges", field + ".");
                Expect(rangesElement, JsonValueKind.Array, field + ".ranges");
                var ranges = new List<WorkingRange>();
                var r = 0;
                foreach (var range in rangesElement.EnumerateArray())
                {
                    ranges.Add(ReadRange(range, $"{field}.ranges[{r++}]"));
                }

                overrides.Add(new DateOverride(date, ranges));
            }
        }

        return new WorkingSchedule(zone, rules, overrides, "host.");
    }

    private static RecurringHours ReadRule(JsonElement rule, string field)
    {
        Expect(rule, JsonValueKind.Object, field);
        var daysElement = Required(rule, "days", field + ".");
        Expect(daysElement, JsonValueKind.Array, field + ".days");
        var days = SendingDays.None;
        foreach (var d in daysElement.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out var day) || day is < 0 or > 6)
            {
                throw new AvailabilityValidationException(field + ".days", d.GetRawText(), "must hold week days 0 (Sunday) to 6 (Saturday)");
            }

            days |= RecurringHours.ToDay(day == 0 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)day);
        }

        if (days == SendingDays.None)
        {
            throw new AvailabilityValidationException(field + ".days", "[]", "must name at least one week day");
        }

        var range = ReadRange(rule, field);
        var anchor = Optional(rule, "anchorDate") is { } a ? ReadDate(a, field + ".anchorDate") : (LocalDate?)null;
        if (Optional(rule, "weekOfMonth") is { } week)
        {
            return RecurringHours.MonthlyNthWeekday(days, ReadInt(week, field + ".weekOfMonth"), range, anchor);
        }

        var interval = Optional(rule, "intervalWeeks") is { } n ? ReadInt(n, field + ".intervalWeeks") : 1;
        return RecurringHours.Weekly(days, range, interval, anchor);
    }

    private static WorkingRange ReadRange(JsonElement range, string field)
    {
        Expect(range, JsonValueKind.Object, field);
        var start = ReadTime(Required(range, "start", field + "."), field + ".start", allowEndOfDay: false);
        var end = ReadTime(Required(range, "end", field + "."), field + ".end", allowEndOfDay: true);
        return new WorkingRange(start, end);
    }

    private static MeetingSettings ReadMeeting(JsonElement meeting)
    {
        Expect(meeting, JsonValueKind.Object, "meeting");
        var duration = ReadInt(Required(meeting, "durationMinutes", "meeting."), "meeting.durationMinutes");
        return new MeetingSettings
        {
            Duration = Duration.FromMinutes(duration),
            SlotInterval = Duration.FromMinutes(OptionalInt(meeting, "slotIntervalMinutes") ?? duration),
            BufferBefore = Duration.FromMinutes(OptionalInt(meeting, "bufferBeforeMinutes") ?? 0),
            BufferAfter = Duration.FromMinutes(OptionalInt(meeting, "bufferAfterMinutes") ?? 0),
            MinimumNotice = Duration.FromMinutes(OptionalInt(meeting, "minimumNoticeMinutes") ?? 0),
            RollingWindowDays = OptionalInt(meeting, "rollingWindowDays"),
            RollingWindowCountsCalendarDays = OptionalBool(meeting, "rollingWindowCountsCalendarDays") ?? true,
            MaxMeetingsPerDay = OptionalInt(meeting, "maxMeetingsPerDay"),
            MaxMeetingsPerWeek = OptionalInt(meeting, "maxMeetingsPerWeek"),
            TentativeIsBusy = OptionalBool(meeting, "tentativeIsBusy") ?? true,
            TransparentIsBusy = OptionalBool(meeting, "transparentIsBusy") ?? false,
        };
    }

    private static Interval ReadWindow(JsonElement request)
    {
        Expect(request, JsonValueKind.Object, "request");
        var start = ReadInstant(Required(request, "startTime", "request."), "request.startTime");
        var end = ReadInstant(Required(request, "endTime", "request."), "request.endTime");
        if (end <= start)
        {
            throw new AvailabilityValidationException("request.endTime", request.GetProperty("endTime").GetString(), "must be after request.startTime");
        }

        return new Interval(start, end);
    }

    private static BusyTime[] ReadBusy(JsonElement root)
    {
        if (Optional(root, "busy") is not { } busy)
        {
            return [];
        }

        Expect(busy, JsonValueKind.Array, "busy");
        var result = new BusyTime[busy.GetArrayLength()];
        var i = 0;
        foreach (var item in busy.EnumerateArray())
        {
            var field = $"busy[{i}]";
            Expect(item, JsonValueKind.Object, field);
            var start = ReadInstant(Required(item, "start", field + "."), field + ".start");
            var end = ReadInstant(Required(item, "end", field + "."), field + ".end");
            if (end < start)
            {
                throw new AvailabilityValidationException(field + ".end", item.GetProperty("end").GetString(), $"is before its start {item.GetProperty("start").GetString()}");
            }

            result[i++] = new BusyTime(start, end, Optional(item, "status") is { } s ? ReadStatus(s, field + ".status") : BusyStatus.Busy);
        }

        return result;
    }

    private static Instant[] ReadBooked(JsonElement root)
    {
        if (Optional(root, "bookedMeetings") is not { } booked)
        {
            return [];
        }

        Expect(booked, JsonValueKind.Array, "bookedMeetings");
        var result = new Instant[booked.GetArrayLength()];
        var i = 0;
        foreach (var item in booked.EnumerateArray())
        {
            var field = $"bookedMeetings[{i}]";
            Expect(item, JsonValueKind.Object, field);
            result[i++] = ReadInstant(Required(item, "start", field + "."), field + ".start");
        }

        return result;
    }
}
