using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

/// <summary>Pinned DST weeks and odd-offset zones. Policy: a gap time moves forward by the gap; an ambiguous time takes the earlier offset.</summary>
public sealed class TimeZoneExampleTests
{
    [Fact]
    public void GetSlots_NewYorkSpringForwardWeek_NineOClockMovesFromUtc14To13()
    {
        var schedule = Weekly("America/New_York", SendingDays.Weekdays, "09:00", "10:00");

        var starts = Starts(Request(schedule, "2026-03-05T00:00:00Z", "2026-03-11T00:00:00Z", Minutes(60, 60)));

        Assert.Equal(["2026-03-05T14:00:00Z", "2026-03-06T14:00:00Z", "2026-03-09T13:00:00Z", "2026-03-10T13:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_NewYork0230OnSpringForwardDay_MovesForwardByTheGapTo0330()
    {
        // 2026-03-08 02:00 EST jumps to 03:00 EDT: 02:30 does not exist and becomes 03:30 EDT (07:30Z).
        var schedule = Weekly("America/New_York", SendingDays.Sunday | SendingDays.Saturday, "02:30", "04:00");

        var starts = Starts(Request(schedule, "2026-03-07T00:00:00Z", "2026-03-09T00:00:00Z", Minutes(30, 30)));

        // Saturday (EST): 02:30-04:00 = 07:30Z-09:00Z. Sunday: 03:30 EDT-04:00 EDT = 07:30Z-08:00Z.
        Assert.Equal(["2026-03-07T07:30:00Z", "2026-03-07T08:00:00Z", "2026-03-07T08:30:00Z", "2026-03-08T07:30:00Z"], starts);
    }

    [Fact]
    public void GetSlots_NewYork0130OnFallBackDay_TakesTheEarlierOffset()
    {
        // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST); the range starts at the first.
        var schedule = Weekly("America/New_York", SendingDays.Sunday, "01:30", "03:00");

        var starts = Starts(Request(schedule, "2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z", Minutes(60, 30)));

        // 05:30Z to 03:00 EST (08:00Z) is 2.5 real hours.
        Assert.Equal(["2026-11-01T05:30:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z", "2026-11-01T07:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_NewYorkFallBackWeek_NineOClockMovesFromUtc13To14()
    {
        var schedule = Weekly("America/New_York", SendingDays.Weekdays, "09:00", "10:00");

        var starts = Starts(Request(schedule, "2026-10-29T00:00:00Z", "2026-11-04T00:00:00Z", Minutes(60, 60)));

        Assert.Equal(["2026-10-29T13:00:00Z", "2026-10-30T13:00:00Z", "2026-11-02T14:00:00Z", "2026-11-03T14:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_BerlinSpringForward_GapStartMovesForwardAndRangeShrinks()
    {
        // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:00-04:00 becomes 03:00-04:00 CEST = 01:00Z-02:00Z.
        var schedule = Weekly("Europe/Berlin", SendingDays.Saturday | SendingDays.Sunday, "02:00", "04:00");

        var starts = Starts(Request(schedule, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z", Minutes(60, 60)));

        Assert.Equal(["2026-03-28T01:00:00Z", "2026-03-28T02:00:00Z", "2026-03-29T01:00:00Z"], starts);
    }

    [Fact]
    public void GetSlots_BerlinFallBack_AmbiguousStartTakesTheEarlierOffset()
    {
        // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:30 is first 00:30Z (CEST); 03:30 is only CET (02:30Z).
        var schedule = Weekly("Europe/Berlin", SendingDays.Sunday, "02:30", "03:30");

        var starts = Starts(Request(schedule, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z", Minutes(60, 60)));

        Assert.Equal(["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"], starts);
    }

    [Fact]
    public void GetSlots_BerlinDstWeeks_OfficeHoursFollowTheOffset()
    {
        var schedule = Weekly("Europe/Berlin", SendingDays.Weekdays, "09:00", "09:30");

        Assert.Equal(["2026-03-27T08:00:00Z", "2026-03-30T07:00:00Z"], Starts(Request(schedule, "2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z", Minutes(30, 30))));
        Assert.Equal(["2026-10-23T07:00:00Z", "2026-10-26T08:00:00Z"], Starts(Request(schedule, "2026-10-23T00:00:00Z", "2026-10-27T00:00:00Z", Minutes(30, 30))));
    }

    [Fact]
    public void GetSlots_LordHoweThirtyMinuteSpringForward_GapTimeMovesForwardThirtyMinutes()
    {
        // 2026-10-04 02:00 (+10:30) jumps to 02:30 (+11): 02:15 does not exist and becomes 02:45 (+11) = 15:45Z the day before.
        var schedule = Weekly("Australia/Lord_Howe", SendingDays.Sunday, "02:15", "03:45");

        var starts = Starts(Request(schedule, "2026-10-03T00:00:00Z", "2026-10-05T00:00:00Z", Minutes(30, 30)));

        // 02:45 (+11) to 03:45 (+11) = 15:45Z-16:45Z.
        Assert.Equal(["2026-10-03T15:45:00Z", "2026-10-03T16:15:00Z"], starts);
    }

    [Fact]
    public void GetSlots_LordHoweThirtyMinuteFallBack_AmbiguousTimeTakesTheEarlierOffset()
    {
        // 2026-04-05 02:00 (+11) falls back to 01:30 (+10:30): 01:45 happens at 14:45Z (+11) and 15:15Z (+10:30).
        var schedule = Weekly("Australia/Lord_Howe", SendingDays.Sunday, "01:45", "02:45");

        var starts = Starts(Request(schedule, "2026-04-04T00:00:00Z", "2026-04-06T00:00:00Z", Minutes(30, 30)));

        // 14:45Z to 02:45 (+10:30) = 16:15Z: 90 real minutes.
        Assert.Equal(["2026-04-04T14:45:00Z", "2026-04-04T15:15:00Z", "2026-04-04T15:45:00Z"], starts);
    }

    [Fact]
    public void GetSlots_LordHoweAroundDstStart_NineOClockShiftsByThirtyMinutes()
    {
        var schedule = Weekly("Australia/Lord_Howe", SendingDays.Weekdays, "09:00", "09:30");

        var starts = Starts(Request(schedule, "2026-10-01T00:00:00Z", "2026-10-06T00:00:00Z", Minutes(30, 30)));

        // Friday 2026-10-02 09:00 +10:30 = 22:30Z Thursday; Monday 2026-10-05 09:00 +11 = 22:00Z Sunday.
        Assert.Equal(["2026-10-01T22:30:00Z", "2026-10-04T22:00:00Z", "2026-10-05T22:00:00Z"], starts);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "2026-06-15T03:30:00Z")]
    [InlineData("Asia/Kathmandu", "2026-06-15T03:15:00Z")]
    [InlineData("Pacific/Chatham", "2026-06-14T20:15:00Z")]
    public void GetSlots_OffsetZones_NineOClockIsTheRightInstant(string zone, string expected)
    {
        // 2026-06-15 is a Monday; Chatham is +12:45 in its winter.
        var schedule = Weekly(zone, SendingDays.Monday, "09:00", "09:30");

        var starts = Starts(Request(schedule, "2026-06-13T00:00:00Z", "2026-06-17T00:00:00Z", Minutes(30, 15)));

        Assert.Equal([expected], starts);
    }

    [Fact]
    public void GetSlots_ChathamSpringForward_ThreeOClockInTheGapMovesForwardAnHour()
    {
        // 2026-09-27 02:45 (+12:45) jumps to 03:45 (+13:45): 03:00 does not exist and becomes 04:00 (+13:45) = 14:15Z the day before.
        var schedule = Weekly("Pacific/Chatham", SendingDays.Sunday, "03:00", "05:00");

        var starts = Starts(Request(schedule, "2026-09-26T00:00:00Z", "2026-09-28T00:00:00Z", Minutes(30, 30)));

        Assert.Equal(["2026-09-26T14:15:00Z", "2026-09-26T14:45:00Z"], starts);
    }

    [Fact]
    public void GetSlots_RangeCrossingMidnight_RunsIntoTheNextDay()
    {
        var schedule = Weekly("Europe/Berlin", SendingDays.Friday, "22:00", "02:00");

        var starts = Starts(Request(schedule, "2026-01-09T00:00:00Z", "2026-01-11T00:00:00Z", Minutes(60, 60)));

        // Friday 22:00 CET to Saturday 02:00 CET = 21:00Z-01:00Z.
        Assert.Equal(["2026-01-09T21:00:00Z", "2026-01-09T22:00:00Z", "2026-01-09T23:00:00Z", "2026-01-10T00:00:00Z"], starts);
    }
}
