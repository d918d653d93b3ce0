using AutoMeet.Scheduling;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// What a meeting holds for other proposals: a proposal every time it offered (<see cref="Meeting.HeldSlots"/>, or its
/// start and end on rows from before that list), a meeting awaiting approval its chosen time, until the hold expires.
/// </summary>
internal static class MeetingHolds
{
    /// <summary>Makes <paramref name="offer"/> (in the order the e-mail lists it) the meeting's held times; the first is its start and end.</summary>
    /// <exception cref="ArgumentException">The offer is empty.</exception>
    public static void Hold(Meeting meeting, IReadOnlyList<AvailableSlot> offer)
    {
        if (offer.Count == 0)
        {
            throw new ArgumentException("A proposal must offer at least one time to hold.", nameof(offer));
        }

        meeting.Start = offer[0].Start;
        meeting.End = offer[0].End;
        meeting.HeldSlots = [.. offer.Select(s => new Interval(s.Start, s.End))];
    }

    /// <summary>The times a proposal offers (and holds): <see cref="Meeting.HeldSlots"/>, or only its start and end when the list is empty.</summary>
    public static IReadOnlyList<Interval> Offered(Meeting meeting) =>
        meeting.HeldSlots is { Count: > 0 } held ? [.. held] : [new Interval(meeting.Start, meeting.End)];

    /// <summary>The intervals the meeting holds at <paramref name="now"/>: none once its hold has expired or it left proposal and approval.</summary>
    public static IReadOnlyList<Interval> HeldAt(Meeting meeting, Instant now) =>
        !SlotCheck.IsHeld(meeting, now) ? []
        : meeting.Status == MeetingStatus.Proposed ? Offered(meeting)
        : [new Interval(meeting.Start, meeting.End)];

    /// <summary>
    /// The interval to list meetings over so that every proposal holding a time in <paramref name="reach"/> is found:
    /// a proposal's held times lie within the booking horizon of one another (they were all free times in it when
    /// offered), so its start is at most that far from any of them.
    /// </summary>
    public static Interval ListingWindow(Interval reach, int bookingHorizonDays)
    {
        var spread = Duration.FromDays(Math.Max(1, bookingHorizonDays) + 1);
        return new Interval(reach.Start - spread, reach.End + spread);
    }

    /// <summary>
    /// Adds what <paramref name="meeting"/> blocks inside <paramref name="reach"/>: a booked meeting as busy (and its start
    /// as booked, for the daily limits), a live proposal's or approval's held times as held.
    /// </summary>
    public static void AddBusy(Meeting meeting, Interval reach, Instant now, List<BusyTime> busy, List<Instant> booked)
    {
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            if (Overlaps(new Interval(meeting.Start, meeting.End), reach))
            {
                // The calendar usually has it too once synced; counting it here as well closes the gap until then.
                busy.Add(new BusyTime(meeting.Start, meeting.End, BusyStatus.Busy));
                booked.Add(meeting.Start);
            }

            return;
        }

        foreach (var held in HeldAt(meeting, now))
        {
            if (Overlaps(held, reach))
            {
                busy.Add(new BusyTime(held.Start, held.End, BusyStatus.Held));
            }
        }
    }

    /// <summary>Whether two intervals overlap (touching ends do not).</summary>
    public static bool Overlaps(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;
}
