using System.Globalization;
using AutoMeet.Scheduling.Internal;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Scheduling;

/// <summary>Explanations: the same rules as <see cref="GetSlots"/>, checked one by one for one start, every failing rule reported.</summary>
public sealed partial class AvailabilityEngine
{
    private static readonly InstantPattern Iso = InstantPattern.ExtendedIso;

    /// <inheritdoc/>
    public SlotExplanation Explain(AvailabilityRequest request, Instant start)
    {
        RequestValidator.Validate(request);
        var b = new QueryBounds(request);
        var s = Ticks.Floor(start);
        var blockers = new List<SlotBlocker>();
        if (s < b.NoticeBound)
        {
            blockers.Add(new(SlotBlockReason.UnderMinimumNotice, -1, $"starts before {Iso.Format(Ticks.ToInstant(b.NoticeBound))}, the earliest start the minimum notice allows"));
        }

        if (s < b.WindowStart || s + b.Duration > b.WindowEnd)
        {
            blockers.Add(new(SlotBlockReason.OutsideRequestedWindow, -1, $"is not inside the requested window {request.Window}"));
        }

        if (s >= b.HorizonEnd)
        {
            blockers.Add(new(SlotBlockReason.BeyondHorizon, -1, $"starts at or after {Iso.Format(Ticks.ToInstant(b.HorizonEnd))}, the end of the rolling window"));
        }

        var free = 0UL;
        var roundRobin = request.Mode == ParticipationMode.RoundRobin && request.Participants.Count > 1;
        for (var p = 0; p < request.Participants.Count; p++)
        {
            var before = blockers.Count;
            ExplainParticipant(request, p, s, b, needsGrid: p == 0 || roundRobin, blockers);
            if (blockers.Count == before)
            {
                free |= 1UL << p;
            }
        }

        var everyoneOk = blockers.TrueForAll(static x => x.Participant >= 0);
        var bookable = everyoneOk && (roundRobin ? free != 0 : blockers.Count == 0);
        return new SlotExplanation(start, start + request.Meeting.Duration, bookable, everyoneOk ? free : 0, blockers, TzdbVersion);
    }

    private static void ExplainParticipant(AvailabilityRequest request, int p, long s, QueryBounds b, bool needsGrid, List<SlotBlocker> blockers)
    {
        var participant = request.Participants[p];
        ExplainWorkingTime(participant.Schedule, p, s, b, needsGrid, blockers);
        var busy = participant.Busy.Span;
        for (var i = 0; i < busy.Length; i++)
        {
            var item = busy[i];
            if (item.End < item.Start)
            {
                throw RequestValidator.BusyEndBeforeStart(request, p, i, item);
            }

            var (bs, be) = (Ticks.Floor(item.Start), Ticks.Ceiling(item.End));
            if (!request.Meeting.Blocks(item.Status) || !BufferCalculator.Conflicts(s, bs, be, b.Duration, b.BufferBefore, b.BufferAfter))
            {
                continue;
            }

            var (reason, what) = item.Status == BusyStatus.Held
                ? (SlotBlockReason.HeldByPendingProposal, "time held by a pending proposal")
                : s < be && s + b.Duration > bs ? (SlotBlockReason.Busy, "busy time")
                : s >= be ? (SlotBlockReason.InsideBufferBefore, "the buffer before the meeting, busy time")
                : (SlotBlockReason.InsideBufferAfter, "the buffer after the meeting, busy time");
            blockers.Add(new(reason, p, $"overlaps {what} {Iso.Format(item.Start)}/{Iso.Format(item.End)} (busy[{i}])") { BusyIndex = i, Busy = item });
        }

        ExplainLimits(request.Meeting, participant, p, s, blockers);
    }

    private static void ExplainWorkingTime(WorkingSchedule schedule, int p, long s, QueryBounds b, bool needsGrid, List<SlotBlocker> blockers)
    {
        var zone = schedule.Zone;
        var date = Ticks.DateIn(s, zone);
        var inside = false;
        for (var d = date.PlusDays(-1); d <= date; d = d.PlusDays(1))
        {
            foreach (var range in schedule.GetRanges(d))
            {
                var w = WorkingHoursEnforcer.ToInstants(d, range, zone);
                if (s >= w.Start && s + b.Duration <= w.End)
                {
                    if (!needsGrid || (s - w.Start) % b.Interval == 0)
                    {
                        return;
                    }

                    inside = true;
                }
            }
        }

        var local = Ticks.ToInstant(s).InZone(zone);
        blockers.Add(inside
            ? new(SlotBlockReason.NotOnSlotGrid, p, $"starts at {local.LocalDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {zone.Id}, which is not a range start plus a multiple of {b.Interval / NodaConstants.TicksPerMinute} minutes")
            : new(SlotBlockReason.OutsideWorkingHours, p, $"does not fit in the working hours of {local.Date:uuuu-MM-dd} ({zone.Id})"));
    }

    private static void ExplainLimits(MeetingSettings meeting, ParticipantAvailability participant, int p, long s, List<SlotBlocker> blockers)
    {
        var zone = participant.Schedule.Zone;
        var date = Ticks.DateIn(s, zone);
        var monday = date.PlusDays(1 - (int)date.DayOfWeek);
        int sameDay = 0, sameWeek = 0;
        foreach (var booked in participant.BookedMeetings.Span)
        {
            var d = booked.InZone(zone).Date;
            sameDay += d == date ? 1 : 0;
            sameWeek += d >= monday && d < monday.PlusDays(7) ? 1 : 0;
        }

        if (meeting.MaxMeetingsPerDay is { } perDay && sameDay >= perDay)
        {
            blockers.Add(new(SlotBlockReason.DailyLimitReached, p, $"{sameDay} meetings are already booked on {date:uuuu-MM-dd}; the limit is {perDay}"));
        }

        if (meeting.MaxMeetingsPerWeek is { } perWeek && sameWeek >= perWeek)
        {
            blockers.Add(new(SlotBlockReason.WeeklyLimitReached, p, $"{sameWeek} meetings are already booked in the week of {monday:uuuu-MM-dd}; the limit is {perWeek}"));
        }
    }
}
