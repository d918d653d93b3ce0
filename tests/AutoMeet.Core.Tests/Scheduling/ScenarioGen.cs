using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using CsCheck;
using NodaTime;

namespace AutoMeet.Core.Tests.Scheduling;

/// <summary>Random availability questions for property tests: zones with odd offsets and DST, random rules, overrides, busy time and settings.</summary>
internal static class ScenarioGen
{
    public static readonly string[] ZoneIds =
    [
        "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "America/Sao_Paulo", "Etc/UTC",
    ];

    private static readonly LocalDate BaseDate = new(2026, 1, 1);
    private static readonly Instant BaseInstant = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly int[] Durations = [15, 30, 45, 60, 90];
    private static readonly int[] Intervals = [5, 10, 15, 20, 30, 60];

    public static readonly Gen<DateTimeZone> Zone =
        Gen.Int[0, ZoneIds.Length - 1].Select(i => DateTimeZoneProviders.Tzdb[ZoneIds[i]]);

    private static readonly Gen<WorkingRange> Range =
        from start in Gen.Int[0, 287]
        from length in Gen.Int[6, 144]
        select new WorkingRange(LocalTime.FromMinutesSinceMidnight(start * 5), LocalTime.FromMinutesSinceMidnight((start * 5 + length * 5) % 1440));

    private static readonly Gen<RecurringHours> Rule =
        from kind in Gen.Int[0, 5]
        from days in Gen.Int[1, 127]
        from range in Range
        from anchor in Gen.Int[0, 300]
        from week in Gen.Int[-1, 5]
        select kind switch
        {
            4 => RecurringHours.Weekly((SendingDays)days, range, 2, BaseDate.PlusDays(anchor)),
            5 => RecurringHours.MonthlyNthWeekday((SendingDays)days, week == 0 ? 1 : week, range),
            _ => RecurringHours.Weekly((SendingDays)days, range),
        };

    private static readonly Gen<DateOverride> Override =
        from day in Gen.Int[0, 364]
        from count in Gen.Int[0, 2]
        from a in Gen.Int[0, 143]
        from lengthA in Gen.Int[6, 60]
        from gap in Gen.Int[0, 24]
        from lengthB in Gen.Int[6, 60]
        select new DateOverride(
            BaseDate.PlusDays(day),
            count switch
            {
                0 => [],
                1 => [Minutes(a * 5, lengthA * 5)],
                _ => [Minutes(a * 5, lengthA * 5), Minutes((a + lengthA + gap) * 5, lengthB * 5)],
            });

    public static readonly Gen<WorkingSchedule> Schedule =
        (from zone in Zone
         from rules in Rule.Array[1, 3]
         from overrides in Override.Array[0, 2]
         select TryBuild(zone, rules, overrides))
        .Where(s => s is not null).Select(s => s!);

    public static readonly Gen<MeetingSettings> Meeting =
        from d in Gen.Int[0, Durations.Length - 1]
        from i in Gen.Int[0, Intervals.Length - 1]
        from before in Gen.Int[0, 6]
        from after in Gen.Int[0, 6]
        from notice in Gen.Int[0, 2000]
        from rolling in Gen.Int[0, 30]
        from calendarDays in Gen.Bool
        select new MeetingSettings
        {
            Duration = Duration.FromMinutes(Durations[d]),
            SlotInterval = Duration.FromMinutes(Intervals[i]),
            BufferBefore = Duration.FromMinutes(before * 5),
            BufferAfter = Duration.FromMinutes(after * 5),
            MinimumNotice = Duration.FromMinutes(notice),
            RollingWindowDays = rolling == 0 ? null : rolling + 1,
            RollingWindowCountsCalendarDays = calendarDays,
            TentativeIsBusy = before % 2 == 0,
            TransparentIsBusy = after % 3 == 0,
        };

    private static readonly Gen<(int Offset, int Length, int Status)> BusyDraw =
        Gen.Select(Gen.Int[-1440, 16 * 1440], Gen.Int[0, 300], Gen.Int[0, 3]);

    private static readonly Gen<(WorkingSchedule Schedule, (int, int, int)[] Busy)> Participant =
        Gen.Select(Schedule, BusyDraw.Array[0, 40]);

    /// <summary>A valid question with 1 to <paramref name="maxParticipants"/> participants.</summary>
    public static Gen<AvailabilityRequest> Request(int maxParticipants = 1) =>
        (from participants in Participant.Array[1, maxParticipants]
         from meeting in Meeting
         from invitee in Zone
         from nowQuarter in Gen.Int[0, 363 * 96]
         from nowMinute in Gen.Int[0, 14]
         from windowStart in Gen.Int[-2880, 2880]
         from windowLength in Gen.Int[60, 14 * 1440]
         select Build(participants, meeting, invitee, BaseInstant + Duration.FromMinutes(nowQuarter * 15 + nowMinute), windowStart, windowLength))
        .Where(IsValid);

    public static AvailabilityRequest WithParticipants(AvailabilityRequest request, Func<ParticipantAvailability, ParticipantAvailability> change) =>
        request with { Participants = [.. request.Participants.Select(change)] };

    private static AvailabilityRequest Build((WorkingSchedule Schedule, (int Offset, int Length, int Status)[] Busy)[] participants, MeetingSettings meeting, DateTimeZone invitee, Instant now, int windowStartMinutes, int windowLengthMinutes)
    {
        var windowStart = now + Duration.FromMinutes(windowStartMinutes);
        var list = participants.Select(p => new ParticipantAvailability(
            p.Schedule,
            p.Busy.Select(b => new BusyTime(
                windowStart + Duration.FromMinutes(b.Offset),
                windowStart + Duration.FromMinutes(b.Offset + b.Length),
                (BusyStatus)b.Status)).ToArray())).ToArray();
        return new AvailabilityRequest(list, meeting, invitee, new Interval(windowStart, windowStart + Duration.FromMinutes(windowLengthMinutes)), now);
    }

    private static bool IsValid(AvailabilityRequest request)
    {
        try
        {
            _ = new AvailabilityEngine().GetSlots(request);
            return true;
        }
        catch (AvailabilityValidationException)
        {
            return false;
        }
    }

    private static WorkingSchedule? TryBuild(DateTimeZone zone, RecurringHours[] rules, DateOverride[] overrides)
    {
        try
        {
            return new WorkingSchedule(zone, rules, overrides.DistinctBy(o => o.Date).ToArray());
        }
        catch (AvailabilityValidationException)
        {
            return null;
        }
    }

    private static WorkingRange Minutes(int start, int length) =>
        new(LocalTime.FromMinutesSinceMidnight(start % 1440), LocalTime.FromMinutesSinceMidnight((start + length) % 1440));
}
