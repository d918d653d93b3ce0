using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class RulesAndLimitsTests
{
    private const string Week = "2026-01-05T00:00:00Z";
    private const string WeekEnd = "2026-01-12T00:00:00Z";

    [Fact]
    public void GetSlots_OverrideDayOff_RemovesThatDateOnly()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Weekdays, "09:00", "10:00", new DateOverride(D("2026-01-07"), []));

        Assert.DoesNotContain("2026-01-07T09:00:00Z", Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60))));
        Assert.Equal(4, Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60))).Count);
    }

    [Fact]
    public void GetSlots_OverrideOnNormallyOffDay_OpensIt()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Weekdays, "09:00", "10:00", new DateOverride(D("2026-01-10"), [new WorkingRange(T("13:00"), T("14:00"))]));

        Assert.Contains("2026-01-10T13:00:00Z", Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60))));
    }

    [Fact]
    public void GetSlots_SeveralRangesPerDay_EachHasItsOwnGrid()
    {
        var schedule = new WorkingSchedule(Zone("Etc/UTC"),
        [
            RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("09:00"), T("10:00"))),
            RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("13:10"), T("14:10"))),
        ]);

        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-05T09:30:00Z", "2026-01-05T13:10:00Z", "2026-01-05T13:40:00Z"], Starts(Request(schedule, Week, WeekEnd, Minutes(30, 30))));
    }

    [Fact]
    public void GetSlots_EveryOtherWeek_SkipsOffWeeks()
    {
        var schedule = new WorkingSchedule(Zone("Etc/UTC"), [RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("09:00"), T("10:00")), 2, D("2026-01-07"))]);

        var starts = Starts(Request(schedule, Week, "2026-02-02T00:00:00Z", Minutes(60, 60)));

        Assert.Equal(["2026-01-19T09:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_LastFridayOfMonth_OnlyThatDay()
    {
        var schedule = new WorkingSchedule(Zone("Etc/UTC"), [RecurringHours.MonthlyNthWeekday(SendingDays.Friday, -1, new WorkingRange(T("09:00"), T("10:00")))]);

        Assert.Equal(["2026-01-30T09:00:00Z", "2026-02-27T09:00:00Z"], Starts(Request(schedule, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", Minutes(60, 60))));
    }

    [Fact]
    public void GetSlots_SecondTuesday_OnlyThatDay()
    {
        var schedule = new WorkingSchedule(Zone("Etc/UTC"), [RecurringHours.MonthlyNthWeekday(SendingDays.Tuesday, 2, new WorkingRange(T("09:00"), T("10:00")))]);

        Assert.Equal(["2026-01-13T09:00:00Z", "2026-02-10T09:00:00Z"], Starts(Request(schedule, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", Minutes(60, 60))));
    }

    [Fact]
    public void GetSlots_DailyLimitReached_RemovesThatDay()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Weekdays, "09:00", "10:00");
        var request = Request(schedule, Week, WeekEnd, Minutes(60, 60) with { MaxMeetingsPerDay = 1 });
        request = request with { Participants = [request.Participants[0] with { BookedMeetings = new[] { Utc("2026-01-06T15:00:00Z") } }] };

        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-07T09:00:00Z", "2026-01-08T09:00:00Z", "2026-01-09T09:00:00Z"], Starts(request));
    }

    [Fact]
    public void GetSlots_WeeklyLimitReached_RemovesThatIsoWeek()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Weekdays, "09:00", "10:00");
        var request = Request(schedule, Week, "2026-01-14T00:00:00Z", Minutes(60, 60) with { MaxMeetingsPerWeek = 2 });
        request = request with { Participants = [request.Participants[0] with { BookedMeetings = new[] { Utc("2026-01-06T15:00:00Z"), Utc("2026-01-11T15:00:00Z") } }] };

        Assert.Equal(["2026-01-12T09:00:00Z", "2026-01-13T09:00:00Z"], Starts(request));
    }

    [Fact]
    public void GetSlots_TentativeAndFreeBusy_FollowTheFlags()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Monday, "09:00", "11:00");
        BusyTime[] busy = [new(Utc("2026-01-05T09:00:00Z"), Utc("2026-01-05T10:00:00Z"), BusyStatus.Tentative), new(Utc("2026-01-05T10:00:00Z"), Utc("2026-01-05T11:00:00Z"), BusyStatus.Free)];

        Assert.Equal(["2026-01-05T10:00:00Z"], Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60), busy)));
        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z"], Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60) with { TentativeIsBusy = false }, busy)));
        Assert.Empty(Starts(Request(schedule, Week, WeekEnd, Minutes(60, 60) with { TransparentIsBusy = true }, busy)));
    }

    [Fact]
    public void GetSlots_Buffers_KeepTimeAroundBusy()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.Monday, "09:00", "12:00");
        BusyTime[] busy = [new(Utc("2026-01-05T10:00:00Z"), Utc("2026-01-05T10:30:00Z"))];
        var meeting = Minutes(30, 15) with { BufferBefore = Duration.FromMinutes(15), BufferAfter = Duration.FromMinutes(10) };

        var starts = Starts(Request(schedule, Week, WeekEnd, meeting, busy));

        // The after-buffer rules out 09:30 (ends 10:00 + 10 min); the before-buffer rules out 10:30 (starts 10:30 − 15 min).
        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-05T09:15:00Z", "2026-01-05T10:45:00Z", "2026-01-05T11:00:00Z", "2026-01-05T11:15:00Z", "2026-01-05T11:30:00Z"], starts);
    }

    [Fact]
    public void GetSlots_RollingWindowInBusinessDays_SkipsWeekends()
    {
        var schedule = Weekly("Etc/UTC", SendingDays.All, "09:00", "10:00");
        var meeting = Minutes(60, 60) with { RollingWindowDays = 2, RollingWindowCountsCalendarDays = false };

        // Now is Friday 2026-01-09: two business days later is Tuesday 2026-01-13.
        var starts = Starts(Request(schedule, "2026-01-09T00:00:00Z", "2026-01-20T00:00:00Z", meeting));

        Assert.Equal(["2026-01-09T09:00:00Z", "2026-01-10T09:00:00Z", "2026-01-11T09:00:00Z", "2026-01-12T09:00:00Z", "2026-01-13T09:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_ResultCarriesTheTzdbVersion() =>
        Assert.Equal(DateTimeZoneProviders.Tzdb.VersionId, Engine.GetSlots(Request(Weekly("Etc/UTC", SendingDays.Monday, "09:00", "10:00"), Week, WeekEnd)).TzdbVersion);
}
