using System.Text;
using System.Text.Json.Nodes;
using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using AutoMeet.Scheduling.Interchange;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class ValidationTests
{
    private static JsonObject BaseDocument() => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(BenchFiles.Directory, "availability-n0050.json")))!;

    private static AvailabilityValidationException Reject(Action<JsonObject> change)
    {
        var doc = BaseDocument();
        change(doc);
        return Assert.Throws<AvailabilityValidationException>(() =>
            Engine.GetSlots(AvailabilityDocumentReader.Read(Encoding.UTF8.GetBytes(doc.ToJsonString()))));
    }

    [Theory]
    [InlineData("host.timeZone", "Mars/Olympus_Mons")]
    [InlineData("invitee.timeZone", "Europe/Atlantis")]
    public void Read_UnknownZone_NamesTheFieldAndValue(string field, string zone)
    {
        var e = Reject(d => d[field.Split('.')[0]]!["timeZone"] = zone);

        Assert.Equal(field, e.Field);
        Assert.Equal(zone, e.Value);
        Assert.Contains(zone, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RequestEndBeforeStart_IsRejected() =>
        Assert.Equal("request.endTime", Reject(d => d["request"]!["endTime"] = "2026-10-01T00:00:00Z").Field);

    [Fact]
    public void Read_BusyEndBeforeStart_NamesTheBusyInterval() =>
        Assert.Equal("busy[3].end", Reject(d => d["busy"]![3]!["end"] = "2020-01-01T00:00:00Z").Field);

    [Fact]
    public void Read_OverlappingWeeklyRanges_AreRejected()
    {
        var e = Reject(d => d["host"]!["weeklyRules"]!.AsArray().Add(JsonNode.Parse("""{ "days": [3], "start": "16:00", "end": "18:00" }""")));

        Assert.Equal("host.weeklyRules[1]", e.Field);
        Assert.Contains("Wednesday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RangeWithEqualStartAndEnd_IsRejected() =>
        Assert.Equal("host.weeklyRules[0].end", Reject(d => d["host"]!["weeklyRules"]![0]!["end"] = "09:00").Field);

    [Theory]
    [InlineData("bufferBeforeMinutes", -5)]
    [InlineData("bufferAfterMinutes", -1)]
    [InlineData("durationMinutes", 0)]
    [InlineData("slotIntervalMinutes", -15)]
    [InlineData("minimumNoticeMinutes", -1)]
    [InlineData("rollingWindowDays", -1)]
    [InlineData("rollingWindowDays", 400)]
    public void Read_BadMeetingNumber_NamesTheField(string name, int value)
    {
        var e = Reject(d => d["meeting"]![name] = value);

        Assert.Equal("meeting." + name, e.Field);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Value);
    }

    [Fact]
    public void Read_MinimumNoticeLongerThanHorizon_IsRejected() =>
        Assert.Equal("meeting.minimumNoticeMinutes", Reject(d => d["meeting"]!["minimumNoticeMinutes"] = 31 * 1440).Field);

    [Fact]
    public void Read_DurationLongerThanEveryWorkingRange_IsRejected()
    {
        var e = Reject(d => d["meeting"]!["durationMinutes"] = 9 * 60);

        Assert.Equal("meeting.durationMinutes", e.Field);
        Assert.Contains("longer than every working range", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowOverTheMaximum_IsRejected() =>
        Assert.Equal("request.endTime", Reject(d => d["request"]!["endTime"] = "2028-01-01T00:00:00Z").Field);

    [Theory]
    [InlineData("start", "9am", "host.weeklyRules[0].start")]
    [InlineData("start", "24:00", "host.weeklyRules[0].start")]
    [InlineData("end", "25:00", "host.weeklyRules[0].end")]
    public void Read_BadTimeOfDay_NamesTheField(string name, string value, string field) =>
        Assert.Equal(field, Reject(d => d["host"]!["weeklyRules"]![0]![name] = value).Field);

    [Fact]
    public void Read_DayOutOfRange_IsRejected() =>
        Assert.Equal("host.weeklyRules[0].days", Reject(d => d["host"]!["weeklyRules"]![0]!["days"] = new JsonArray(1, 7)).Field);

    [Fact]
    public void Read_RepeatedOverrideDate_IsRejected() =>
        Assert.Equal("host.dateOverrides[1].date", Reject(d => d["host"]!["dateOverrides"] = JsonNode.Parse("""[{ "date": "2026-11-03", "ranges": [] }, { "date": "2026-11-03", "ranges": [] }]""")).Field);

    [Fact]
    public void Read_EveryOtherWeekWithoutAnchor_IsRejected() =>
        Assert.Equal("host.weeklyRules[0].anchorDate", Reject(d => d["host"]!["weeklyRules"]![0]!["intervalWeeks"] = 2).Field);

    [Theory]
    [InlineData("now")]
    [InlineData("meeting")]
    [InlineData("request")]
    public void Read_MissingSection_NamesIt(string name) =>
        Assert.Equal(name, Reject(d => d.Remove(name)).Field);

    [Fact]
    public void Read_BadInstant_NamesTheField() =>
        Assert.Equal("now", Reject(d => d["now"] = "yesterday").Field);

    [Fact]
    public void Read_NotJson_IsRejected() =>
        Assert.Equal("(document)", Assert.Throws<AvailabilityValidationException>(() => AvailabilityDocumentReader.Read("{ nope"u8.ToArray())).Field);

    [Fact]
    public void Read_NoWorkingTimeAtAll_IsRejected() =>
        Assert.Equal("host.weeklyRules", Reject(d => d["host"]!["weeklyRules"] = new JsonArray()).Field);

    [Fact]
    public void GetSlots_BusyEndBeforeStartWithNoCandidates_IsStillRejected()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Monday, "09:00", "10:00");
        var busy = new BusyTime(Utc("2026-01-06T10:00:00Z"), Utc("2026-01-06T09:00:00Z"));

        var e = Assert.Throws<AvailabilityValidationException>(() => Engine.GetSlots(Request(schedule, "2026-01-06T00:00:00Z", "2026-01-07T00:00:00Z", busy: [busy])));

        Assert.Equal("busy[0].end", e.Field);
    }

    [Fact]
    public void GetSlots_TooManyParticipants_IsRejected()
    {
        var p = new ParticipantAvailability(Weekly("Etc/UTC", SendingDays.Monday, "09:00", "10:00"), Array.Empty<BusyTime>());
        var request = new AvailabilityRequest(Enumerable.Repeat(p, 65).ToArray(), new MeetingSettings(), Zone("Etc/UTC"), new Interval(Utc("2026-01-05T00:00:00Z"), Utc("2026-01-06T00:00:00Z")), Utc("2026-01-05T00:00:00Z"));

        Assert.Equal("participants", Assert.Throws<AvailabilityValidationException>(() => Engine.GetSlots(request)).Field);
    }

    [Fact]
    public void GetSlots_ZeroLimit_IsRejected()
    {
        var request = Request(Weekly("Etc/UTC", SendingDays.Monday, "09:00", "10:00"), "2026-01-05T00:00:00Z", "2026-01-06T00:00:00Z", new MeetingSettings { MaxMeetingsPerDay = 0 });

        Assert.Equal("meeting.maxMeetingsPerDay", Assert.Throws<AvailabilityValidationException>(() => Engine.GetSlots(request)).Field);
    }

    [Fact]
    public void WorkingSchedule_SundayRangeCrossingIntoMondayRange_IsRejectedAsOverlap()
    {
        var e = Assert.Throws<AvailabilityValidationException>(() => new WorkingSchedule(Zone("Etc/UTC"),
        [
            RecurringHours.Weekly(SendingDays.Sunday, new WorkingRange(T("22:00"), T("02:00"))),
            RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("01:00"), T("05:00"))),
        ]));

        Assert.Equal("host.weeklyRules[1]", e.Field);
    }

    [Fact]
    public void WorkingSchedule_OverlappingOverrideRanges_AreRejected()
    {
        var e = Assert.Throws<AvailabilityValidationException>(() => new WorkingSchedule(Zone("Etc/UTC"), [],
            [new DateOverride(D("2026-01-05"), [new WorkingRange(T("09:00"), T("12:00")), new WorkingRange(T("11:00"), T("13:00"))])]));

        Assert.Equal("host.dateOverrides[0].ranges[1]", e.Field);
    }

    [Fact]
    public void WorkingSchedule_BadWeekOfMonth_IsRejected() =>
        Assert.Equal("host.weeklyRules[0].weekOfMonth", Assert.Throws<AvailabilityValidationException>(() => new WorkingSchedule(Zone("Etc/UTC"),
            [RecurringHours.MonthlyNthWeekday(SendingDays.Monday, 6, new WorkingRange(T("09:00"), T("10:00")))])).Field);
}
