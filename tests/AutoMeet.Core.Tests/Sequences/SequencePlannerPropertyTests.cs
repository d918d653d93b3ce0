using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using CsCheck;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed class SequencePlannerPropertyTests
{
    private static readonly SequencePlanner Planner = new();
    private static readonly string[] Zones =
        ["Etc/UTC", "Asia/Kolkata", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns"];

    private static readonly Instant Origin = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly Gen<Case> Cases =
        from zone in Gen.Int[0, Zones.Length - 1]
        from days in Gen.Int[1, 127]
        from startMinutes in Gen.Int[0, (23 * 60) - 1]
        from length in Gen.Int[15, 12 * 60]
        from delay in Gen.Int[0, 12]
        from hours in Gen.Bool
        from nowMinutes in Gen.Int[0, 364 * 24 * 60]
        from lastBack in Gen.Int[0, 30 * 24 * 60]
        from holidayOffsets in Gen.Int[0, 20].Array[0, 6]
        select new Case(
            Zones[zone],
            (SendingDays)days,
            LocalTime.FromMinutesSinceMidnight(startMinutes),
            LocalTime.FromMinutesSinceMidnight(Math.Min(startMinutes + length, (24 * 60) - 1)),
            delay,
            hours ? DelayUnit.Hours : DelayUnit.BusinessDays,
            Origin + Duration.FromMinutes(nowMinutes),
            Duration.FromMinutes(lastBack),
            holidayOffsets);

    [Fact]
    public void Plan_RandomEnrollments_EverySendLiesInTheLocalWindowAfterNowAndTheDelay()
    {
        Cases.Sample(c =>
        {
            var zone = DateTimeZoneProviders.Tzdb[c.Zone];
            var nowDate = c.Now.InZone(zone).Date;
            var holidays = new HashSet<LocalDate>(c.HolidayOffsets.Select(d => nowDate.PlusDays(d)));
            var schedule = new CampaignSchedule { TimeZoneId = "Etc/UTC", Days = c.Days, WindowStart = c.Start, WindowEnd = c.End };
            var context = Context(
                Sequence(Email(0), Email(1, c.Delay, c.Unit)),
                schedule,
                new Dictionary<string, IReadOnlySet<LocalDate>> { ["XX"] = holidays });
            var last = c.Now - c.LastBack;
            var enrollment = new PlannerEnrollment(1, EnrollmentStatus.Active, last, last, TimeZoneId: c.Zone, CountryCode: "XX");

            var step = Planner.Explain(context, enrollment, c.Now).Decision;

            Assert.Equal(PlanOutcome.Send, step.Outcome);
            var at = step.EarliestAt!.Value;
            Assert.True(at >= c.Now, $"{at} is before now {c.Now}");
            var minimum = c.Unit == DelayUnit.Hours
                ? last + Duration.FromHours(c.Delay)
                : last + Duration.FromDays(c.Delay) - Duration.FromHours(1); // a business day is at least a calendar day, less a DST hour
            Assert.True(at >= minimum, $"{at} is before the last send {last} plus {c.Delay} {c.Unit}");
            var local = at.InZone(zone);
            var date = local.Date;
            Assert.True(schedule.Days.HasFlag((SendingDays)(1 << ((int)date.DayOfWeek - 1))), $"{local} is not a sending day ({c.Days})");
            Assert.DoesNotContain(date, holidays);
            var opens = (date + c.Start).InZoneLeniently(zone).ToInstant();
            var closes = (date + c.End).InZoneLeniently(zone).ToInstant();
            Assert.True(at >= opens && at < closes, $"{local} is outside {c.Start}-{c.End} ({opens}..{closes})");
        }, iter: 2_000);
    }

    [Fact]
    public void Plan_RandomEnrollments_TheSendIsTheFirstWindowInstantAfterTheDelay()
    {
        Cases.Sample(c =>
        {
            var zone = DateTimeZoneProviders.Tzdb[c.Zone];
            var schedule = new CampaignSchedule { Days = c.Days, WindowStart = c.Start, WindowEnd = c.End };
            var context = Context(Sequence(Email(0), Email(1, c.Delay, DelayUnit.Hours)), schedule);
            var last = c.Now - c.LastBack;
            var enrollment = new PlannerEnrollment(1, EnrollmentStatus.Active, last, last, TimeZoneId: c.Zone);

            var at = Planner.Explain(context, enrollment, c.Now).Decision.EarliestAt!.Value;

            // Walk back minute by minute: nothing between the lower bound and the planned instant was sendable.
            var lower = Instant.Max(c.Now, last + Duration.FromHours(c.Delay));
            if (at > lower)
            {
                var before = at - Duration.FromMinutes(1);
                var local = before.InZone(zone);
                var open = (local.Date + c.Start).InZoneLeniently(zone).ToInstant();
                var close = (local.Date + c.End).InZoneLeniently(zone).ToInstant();
                var sendingDay = c.Days.HasFlag((SendingDays)(1 << ((int)local.DayOfWeek - 1)));
                Assert.False(before >= lower && sendingDay && before >= open && before < close, $"{before} was already sendable");
            }
        }, iter: 2_000);
    }

    internal sealed record Case(
        string Zone, SendingDays Days, LocalTime Start, LocalTime End, int Delay, DelayUnit Unit, Instant Now, Duration LastBack, int[] HolidayOffsets);
}
