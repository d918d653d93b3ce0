using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed partial class SequencePlannerTests
{
    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 26, 8, 7)] // CET (+1) before 29 March, CEST (+2) after.
    [InlineData("America/New_York", 2026, 3, 5, 14, 13)] // EST (-5) before 8 March, EDT (-4) after.
    public void Plan_SteppingDaysAcrossSpringForward_SendsAtNineLocalEveryWeekday(string zoneId, int year, int month, int day, int utcHourBefore, int utcHourAfter)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
        var clock = time.ToClock();
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var context = Context(Sequence(Email(0)), Schedule(zoneId));
        var hours = new List<int>();
        for (var i = 0; i < 7; i++, time.Advance(TimeSpan.FromDays(1)))
        {
            var now = clock.GetCurrentInstant();
            var at = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: zoneId), now).EarliestAt!.Value;
            var local = at.InZone(zone);
            Assert.Equal(new LocalTime(9, 0), local.TimeOfDay);
            Assert.True(local.DayOfWeek < IsoDayOfWeek.Saturday);
            hours.Add(at.InUtc().Hour);
        }

        Assert.Equal(utcHourBefore, hours[0]);
        Assert.Equal(utcHourAfter, hours[^1]);
    }

    [Fact]
    public void Plan_BerlinWindowStartInTheSpringForwardGap_OpensForwardByTheGap()
    {
        var context = Context(Sequence(Email(0)), Schedule("Europe/Berlin", SendingDays.All, 2, 30, 6));
        var now = Utc(2026, 3, 28, 23); // 00:00 CET on Sunday 29 March; 02:00-03:00 does not exist that day.

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Europe/Berlin"), now);

        Assert.Equal(Utc(2026, 3, 29, 1, 30), step.EarliestAt); // 03:30 CEST
    }

    [Fact]
    public void Plan_BerlinWindowSpanningSpringForward_SendsInsideTheShortenedWindow()
    {
        var context = Context(Sequence(Email(0)), Schedule("Europe/Berlin", SendingDays.All, 1, 0, 5));
        var now = Utc(2026, 3, 29, 2, 30); // 04:30 CEST, inside 01:00 CET .. 05:00 CEST (3 hours that day).

        Assert.Equal(now, PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Europe/Berlin"), now).EarliestAt);
        var after = Utc(2026, 3, 29, 3); // 05:00 CEST: closed until Monday 01:00 CEST.
        Assert.Equal(Utc(2026, 3, 29, 23), PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, after, TimeZoneId: "Europe/Berlin"), after).EarliestAt);
    }

    [Fact]
    public void Plan_BerlinWindowStartInTheFallBackOverlap_TakesTheEarlierOffset()
    {
        var context = Context(Sequence(Email(0)), Schedule("Europe/Berlin", SendingDays.All, 2, 30, 6));
        var now = Utc(2026, 10, 24, 22); // 00:00 CEST on Sunday 25 October; 02:00-03:00 happens twice.

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Europe/Berlin"), now);

        Assert.Equal(Utc(2026, 10, 25, 0, 30), step.EarliestAt); // 02:30 CEST (+02:00), the first occurrence.
    }

    [Fact]
    public void Plan_NewYorkWindowStartInTheSpringForwardGap_OpensForwardByTheGap()
    {
        var context = Context(Sequence(Email(0)), Schedule("America/New_York", SendingDays.All, 2, 15, 6));
        var now = Utc(2026, 3, 8, 5); // 00:00 EST on Sunday 8 March.

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "America/New_York"), now);

        Assert.Equal(Utc(2026, 3, 8, 7, 15), step.EarliestAt); // 03:15 EDT
    }

    [Fact]
    public void Plan_BusinessDayDelayAcrossFallBack_KeepsTheLocalTimeOfDay()
    {
        var context = Context(Sequence(Email(0), Email(1, 1)), Schedule("America/New_York"));
        var sent = Utc(2026, 10, 30, 14); // Friday 10:00 EDT

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, sent, sent, TimeZoneId: "America/New_York"), sent);

        Assert.Equal(Utc(2026, 11, 2, 15), step.EarliestAt); // Monday 10:00 EST
    }
}
