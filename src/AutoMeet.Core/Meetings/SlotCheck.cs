using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Builds an owner's availability question from one unit of work, the way <see cref="IOwnerAvailability"/> does
/// (settings, synced busy time, booked meetings, every time a live proposal holds), plus the calendar's live busy time, while ignoring
/// the holds of chosen meetings (a meeting's own hold, or the proposals it supersedes). Used inside the scheduler's
/// transactions, which <see cref="IOwnerAvailability"/> cannot join (it opens its own scope).
/// </summary>
internal sealed class SlotCheck(IAvailabilityEngine engine, IDateTimeZoneProvider zones, ICalendar calendar, IClock clock)
{
    private static readonly MeetingStatus[] Blocking = [MeetingStatus.Scheduled, MeetingStatus.AwaitingApproval, MeetingStatus.Proposed];

    public IAvailabilityEngine Engine => engine;

    /// <summary>Reads the live busy time of the owner's connected calendars (outside any transaction: it is a provider call).</summary>
    public async Task<IReadOnlyList<BusyInterval>> ReadLiveBusyAsync(IAutoMeetStore store, UserId ownerId, CalendarSettings settings, Interval window, CancellationToken cancellationToken)
    {
        var busy = new List<BusyInterval>();
        foreach (var account in await store.MailboxAccounts.ListByOwnerAsync(ownerId, cancellationToken).ConfigureAwait(false))
        {
            if (account.Status == AccountStatus.Disconnected)
            {
                continue;
            }

            busy.AddRange(await calendar.GetBusyAsync(account.Id, Widen(window, settings), [.. settings.BusyCalendarIds], cancellationToken).ConfigureAwait(false));
        }

        return busy;
    }

    /// <summary>Builds the question for a window; meetings for which <paramref name="ignore"/> is true do not block.</summary>
    public Task<AvailabilityRequest> BuildAsync(
        IAutoMeetStore store, CalendarSettings settings, DateTimeZone inviteeZone, Interval window, Func<Meeting, bool> ignore, IReadOnlyList<BusyInterval> liveBusy, CancellationToken cancellationToken) =>
        BuildAsync(store, settings, inviteeZone, window, ignore, null, liveBusy, cancellationToken);

    /// <summary>
    /// Builds the question for a window; meetings for which <paramref name="ignore"/> is true do not block, nor does the
    /// synced calendar event <paramref name="ignoreEventId"/> (a booked meeting's own event, when it is being moved).
    /// </summary>
    public async Task<AvailabilityRequest> BuildAsync(
        IAutoMeetStore store, CalendarSettings settings, DateTimeZone inviteeZone, Interval window, Func<Meeting, bool> ignore, string? ignoreEventId, IReadOnlyList<BusyInterval> liveBusy, CancellationToken cancellationToken)
    {
        var schedule = CalendarSettingsMapper.ToWorkingSchedule(settings, zones);
        var meetingSettings = CalendarSettingsMapper.ToMeetingSettings(settings);
        var now = clock.GetCurrentInstant();
        var reach = Widen(window, settings);
        var busy = new List<BusyTime>(CalendarSettingsMapper.ToBusyTimes(liveBusy, settings));
        var booked = new List<Instant>();

        foreach (var account in await store.MailboxAccounts.ListByOwnerAsync(settings.OwnerId, cancellationToken).ConfigureAwait(false))
        {
            if (account.Status == AccountStatus.Disconnected)
            {
                continue;
            }

            foreach (var block in await store.CalendarBusy.ListBusyAsync(account.Id, [.. settings.BusyCalendarIds], reach, cancellationToken).ConfigureAwait(false))
            {
                if (ignoreEventId is not null && string.Equals(block.EventId, ignoreEventId, StringComparison.Ordinal))
                {
                    continue;
                }

                var status = block.IsTransparent ? BusyStatus.Free : block.IsTentative ? BusyStatus.Tentative : BusyStatus.Busy;
                busy.Add(new BusyTime(block.Start, block.End, status));
            }
        }

        var listing = MeetingHolds.ListingWindow(reach, settings.BookingHorizonDays);
        foreach (var meeting in await store.Meetings.ListOverlappingAsync(settings.OwnerId, listing, Blocking, cancellationToken).ConfigureAwait(false))
        {
            if (ignore(meeting))
            {
                continue;
            }

            MeetingHolds.AddBusy(meeting, reach, now, busy, booked);
        }

        var host = new ParticipantAvailability(schedule, busy.ToArray()) { Name = settings.OwnerId.Value, BookedMeetings = booked.ToArray() };
        return new AvailabilityRequest(host, meetingSettings, inviteeZone, window, now);
    }

    /// <summary>The same rule as <see cref="IOwnerAvailability"/>: a proposal is held until its hold expires; one awaiting approval until decided (or its hold expires).</summary>
    public static bool IsHeld(Meeting meeting, Instant now) =>
        meeting.Status is MeetingStatus.Proposed or MeetingStatus.AwaitingApproval
        && (meeting.HoldExpiresAt is { } expires ? expires > now : meeting.Status == MeetingStatus.AwaitingApproval);

    /// <summary>The window from now to the owner's booking horizon.</summary>
    public Interval SearchWindow(CalendarSettings settings)
    {
        var now = clock.GetCurrentInstant();
        return new Interval(now, now + Duration.FromDays(Math.Max(1, settings.BookingHorizonDays) + 1));
    }

    private static Interval Widen(Interval window, CalendarSettings settings)
    {
        // Busy time just outside the window still matters through the buffers.
        var margin = settings.BufferBefore + settings.BufferAfter + settings.MeetingDuration;
        return new Interval(window.Start - margin, window.End + margin);
    }
}
