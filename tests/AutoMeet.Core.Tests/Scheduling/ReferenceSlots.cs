using AutoMeet.Scheduling;
using NodaTime;

namespace AutoMeet.Core.Tests.Scheduling;

/// <summary>
/// A deliberately naive reading of the interchange README's semantics, independent of the engine's algorithm:
/// enumerate every candidate of every range of every date and test each rule directly.
/// </summary>
internal static class ReferenceSlots
{
    public static List<Instant> Compute(AvailabilityRequest request, int participant = 0, bool collective = true)
    {
        var host = request.Participants[participant];
        var m = request.Meeting;
        var horizon = HorizonEnd(request);
        var zone = host.Schedule.Zone;
        var result = new SortedSet<Instant>();
        var first = request.Window.Start.InZone(zone).Date.PlusDays(-2);
        var last = request.Window.End.InZone(zone).Date.PlusDays(1);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var range in host.Schedule.GetRanges(date))
            {
                var (ws, we) = Resolve(date, range, zone);
                for (var s = ws; s + m.Duration <= we; s += m.SlotInterval)
                {
                    if (s >= request.Now + m.MinimumNotice && s >= request.Window.Start && s + m.Duration <= request.Window.End
                        && s < horizon && FreeOfBusy(host, m, s)
                        && (!collective || request.Participants.Where((_, i) => i != participant).All(p => InsideWorkingTime(p.Schedule, s, m.Duration) && FreeOfBusy(p, m, s))))
                    {
                        result.Add(s);
                    }
                }
            }
        }

        return [.. result];
    }

    public static (Instant Start, Instant End) Resolve(LocalDate date, WorkingRange range, DateTimeZone zone)
    {
        // Policy: a gap time moves forward by the gap's length; an ambiguous time takes the earlier offset.
        static Instant Map(LocalDateTime local, DateTimeZone zone)
        {
            var mapping = zone.MapLocal(local);
            return mapping.Count switch
            {
                1 => mapping.Single().ToInstant(),
                2 => mapping.First().ToInstant(),
                _ => local.PlusTicks((mapping.LateInterval.WallOffset - mapping.EarlyInterval.WallOffset).Ticks).InZoneStrictly(zone).ToInstant(),
            };
        }

        var endDate = range.End <= range.Start ? date.PlusDays(1) : date;
        return (Map(date + range.Start, zone), Map(endDate + range.End, zone));
    }

    public static bool InsideWorkingTime(WorkingSchedule schedule, Instant s, Duration duration)
    {
        var date = s.InZone(schedule.Zone).Date;
        for (var d = date.PlusDays(-2); d <= date.PlusDays(1); d = d.PlusDays(1))
        {
            foreach (var range in schedule.GetRanges(d))
            {
                var (ws, we) = Resolve(d, range, schedule.Zone);
                if (s >= ws && s + duration <= we)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool OnGrid(WorkingSchedule schedule, Instant s, Duration duration, Duration interval)
    {
        var date = s.InZone(schedule.Zone).Date;
        for (var d = date.PlusDays(-2); d <= date.PlusDays(1); d = d.PlusDays(1))
        {
            foreach (var range in schedule.GetRanges(d))
            {
                var (ws, we) = Resolve(d, range, schedule.Zone);
                if (s >= ws && s + duration <= we && (s - ws).BclCompatibleTicks % interval.BclCompatibleTicks == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool FreeOfBusy(ParticipantAvailability participant, MeetingSettings m, Instant s)
    {
        foreach (var b in participant.Busy.Span)
        {
            if (m.Blocks(b.Status) && b.End > b.Start && s - m.BufferBefore < b.End && s + m.Duration + m.BufferAfter > b.Start)
            {
                return false;
            }
        }

        return true;
    }

    public static Instant HorizonEnd(AvailabilityRequest request)
    {
        if (request.Meeting.RollingWindowDays is not { } days)
        {
            return Instant.MaxValue;
        }

        var today = request.Now.InZone(request.InviteeZone).Date;
        var last = today;
        if (request.Meeting.RollingWindowCountsCalendarDays)
        {
            last = today.PlusDays(days);
        }
        else
        {
            for (var n = 0; n < days;)
            {
                last = last.PlusDays(1);
                n += last.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 1;
            }
        }

        return request.InviteeZone.AtStartOfDay(last.PlusDays(1)).ToInstant();
    }
}
