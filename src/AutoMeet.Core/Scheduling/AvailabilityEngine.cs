using AutoMeet.Scheduling.Internal;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// The availability engine: candidate starts are arithmetic runs over the working intervals of the (first)
/// participant; busy time widened by buffers, other participants' off time and full days or weeks each block a range
/// of them in a difference array; what stays unblocked is bookable. Per call the cost is O(working intervals +
/// busy intervals × log(working intervals) + candidates), with pooled scratch memory and one result array.
/// </summary>
/// <remarks>Stateless and thread-safe; register it as a singleton.</remarks>
public sealed partial class AvailabilityEngine : IAvailabilityEngine
{
    /// <summary>Gets the version of the time-zone database results are computed with.</summary>
    public static string TzdbVersion => DateTimeZoneProviders.Tzdb.VersionId;

    /// <inheritdoc/>
    public AvailabilityResult GetSlots(AvailabilityRequest request)
    {
        RequestValidator.Validate(request);
        var bounds = new QueryBounds(request);
        var participants = request.Participants;
        AvailableSlot[] slots;
        if (request.Mode == ParticipationMode.Collective || participants.Count == 1)
        {
            var starts = new PooledList<long>(256);
            try
            {
                Span<int> members = stackalloc int[participants.Count];
                for (var i = 0; i < members.Length; i++)
                {
                    members[i] = i;
                }

                Collect(request, bounds, members, ref starts);
                var mask = participants.Count == 64 ? ulong.MaxValue : (1UL << participants.Count) - 1;
                slots = ToSlots(starts.Span, bounds.Duration, mask);
            }
            finally
            {
                starts.Dispose();
            }
        }
        else
        {
            slots = RoundRobin(request, bounds);
        }

        return new AvailabilityResult(slots, TzdbVersion);
    }

    private static AvailableSlot[] ToSlots(ReadOnlySpan<long> starts, long duration, ulong mask)
    {
        if (starts.Length == 0)
        {
            return [];
        }

        // Consecutive starts are mostly one slot interval apart: stepping an Instant is cheaper than building one from ticks.
        var slots = new AvailableSlot[starts.Length];
        var length = Duration.FromTicks(duration);
        var start = Ticks.ToInstant(starts[0]);
        var step = Duration.Zero;
        var stepTicks = 0L;
        for (var i = 0; i < starts.Length; i++)
        {
            if (i > 0)
            {
                var delta = starts[i] - starts[i - 1];
                if (delta != stepTicks)
                {
                    stepTicks = delta;
                    step = Duration.FromTicks(delta);
                }

                start += step;
            }

            slots[i] = new AvailableSlot(start, start + length, mask);
        }

        return slots;
    }

    private static AvailableSlot[] RoundRobin(AvailabilityRequest request, QueryBounds bounds)
    {
        var count = request.Participants.Count;
        var perParticipant = new PooledList<long>[count];
        var heads = new int[count];
        var result = new List<AvailableSlot>();
        try
        {
            for (var p = 0; p < count; p++)
            {
                perParticipant[p] = new PooledList<long>(256);
                Collect(request, bounds, [p], ref perParticipant[p]);
            }

            while (true)
            {
                var min = long.MaxValue;
                for (var p = 0; p < count; p++)
                {
                    if (heads[p] < perParticipant[p].Count)
                    {
                        min = Math.Min(min, perParticipant[p][heads[p]]);
                    }
                }

                if (min == long.MaxValue)
                {
                    break;
                }

                var mask = 0UL;
                for (var p = 0; p < count; p++)
                {
                    if (heads[p] < perParticipant[p].Count && perParticipant[p][heads[p]] == min)
                    {
                        mask |= 1UL << p;
                        heads[p]++;
                    }
                }

                result.Add(new AvailableSlot(Ticks.ToInstant(min), Ticks.ToInstant(min + bounds.Duration), mask));
            }
        }
        finally
        {
            foreach (var list in perParticipant)
            {
                list.Dispose();
            }
        }

        return [.. result];
    }

    /// <summary>Collects the starts free for every member, on the first member's grid.</summary>
    private static void Collect(AvailabilityRequest request, QueryBounds b, ReadOnlySpan<int> members, ref PooledList<long> output)
    {
        if (b.Lower > b.Upper)
        {
            return;
        }

        var host = request.Participants[members[0]];
        var grid = new SlotGrid(host.Schedule, b.Lower, b.Upper, b.Duration, b.Interval);
        try
        {
            if (grid.Count == 0)
            {
                // Still check busy time, so invalid busy input is never silently accepted.
                foreach (var m in members)
                {
                    CheckBusy(request, m);
                }

                return;
            }

            for (var i = 0; i < members.Length; i++)
            {
                var p = request.Participants[members[i]];
                if (i > 0)
                {
                    MarkOffTime(ref grid, p.Schedule, b);
                }

                MarkBusy(ref grid, request, members[i], b);
                MarkLimits(ref grid, request.Meeting, p);
            }

            grid.CollectFree(ref output);
        }
        finally
        {
            grid.Dispose();
        }
    }

    private static void MarkBusy(ref SlotGrid grid, AvailabilityRequest request, int participant, QueryBounds b)
    {
        var meeting = request.Meeting;
        var busy = request.Participants[participant].Busy.Span;
        var countsTentative = meeting.TentativeIsBusy;
        var countsFree = meeting.TransparentIsBusy;
        var before = b.BufferBefore;
        var reach = b.BufferAfter + b.Duration - 1;
        for (var i = 0; i < busy.Length; i++)
        {
            ref readonly var item = ref busy[i];
            if (item.End <= item.Start)
            {
                if (item.End < item.Start)
                {
                    throw RequestValidator.BusyEndBeforeStart(request, participant, i, item);
                }

                continue;
            }

            if ((item.Status == BusyStatus.Tentative && !countsTentative) || (item.Status == BusyStatus.Free && !countsFree))
            {
                continue;
            }

            // Blocked starts: (start − bufferAfter − duration, end + bufferBefore); see BufferCalculator.
            grid.Mark(item.Start.ToUnixTimeTicks() - reach, Ticks.Ceiling(item.End) + before, 1);
        }
    }

    private static void CheckBusy(AvailabilityRequest request, int participant)
    {
        var busy = request.Participants[participant].Busy.Span;
        for (var i = 0; i < busy.Length; i++)
        {
            if (busy[i].End < busy[i].Start)
            {
                throw RequestValidator.BusyEndBeforeStart(request, participant, i, busy[i]);
            }
        }
    }

    private static void MarkOffTime(ref SlotGrid grid, WorkingSchedule schedule, QueryBounds b)
    {
        var intervals = new PooledList<TickInterval>(64);
        try
        {
            WorkingHoursEnforcer.Collect(schedule, b.Lower, b.Upper, ref intervals);

            // A meeting fits a participant when one working range holds it: the allowed starts of a range are
            // [start, end − duration]. Their union is unblocked once (merging the start sets, not the ranges, so
            // two touching or overlapping ranges never admit a meeting that spans both).
            var allowed = intervals.Span;
            var n = 0;
            foreach (var w in allowed)
            {
                if (w.End - b.Duration >= w.Start)
                {
                    allowed[n++] = new TickInterval(w.Start, w.End - b.Duration + 1);
                }
            }

            allowed = allowed[..n];
            allowed.Sort(static (x, y) => x.Start.CompareTo(y.Start));
            grid.MarkAll(1);
            var i = 0;
            while (i < allowed.Length)
            {
                var start = allowed[i].Start;
                var end = allowed[i].End;
                for (i++; i < allowed.Length && allowed[i].Start <= end; i++)
                {
                    end = Math.Max(end, allowed[i].End);
                }

                grid.Mark(start, end, -1);
            }
        }
        finally
        {
            intervals.Dispose();
        }
    }

    private static void MarkLimits(ref SlotGrid grid, MeetingSettings meeting, ParticipantAvailability participant)
    {
        var booked = participant.BookedMeetings.Span;
        if (booked.Length == 0 || (meeting.MaxMeetingsPerDay is null && meeting.MaxMeetingsPerWeek is null))
        {
            return;
        }

        var zone = participant.Schedule.Zone;
        var days = new int[booked.Length];
        for (var i = 0; i < booked.Length; i++)
        {
            days[i] = booked[i].InZone(zone).Date.ToDateOnly().DayNumber;
        }

        if (meeting.MaxMeetingsPerDay is { } perDay)
        {
            MarkFull(ref grid, days, perDay, 1, zone);
        }

        if (meeting.MaxMeetingsPerWeek is { } perWeek)
        {
            for (var i = 0; i < days.Length; i++)
            {
                // DayNumber 0 is Monday 0001-01-01, so whole weeks from it start on Mondays.
                days[i] -= days[i] % 7;
            }

            MarkFull(ref grid, days, perWeek, 7, zone);
        }
    }

    private static void MarkFull(ref SlotGrid grid, int[] dayNumbers, int max, int length, DateTimeZone zone)
    {
        Array.Sort(dayNumbers);
        for (var i = 0; i < dayNumbers.Length;)
        {
            var j = i;
            while (j < dayNumbers.Length && dayNumbers[j] == dayNumbers[i])
            {
                j++;
            }

            if (j - i >= max)
            {
                var first = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumbers[i]));
                grid.Mark(Ticks.StartOfDay(first, zone), Ticks.StartOfDay(first.PlusDays(length), zone), 1);
            }

            i = j;
        }
    }
}
