using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Brings a meeting's calendar event in line with the meeting after a change: a booked meeting's event is patched to
/// its time (in place, so the Meet link stays), a cancelled meeting's event is cancelled. Idempotent: an event that
/// already matches, or is already gone, is left alone. A booked meeting is only patched while a move of ours is
/// pending (its last time change is <c>meeting.rescheduled</c>, not yet followed by <c>meeting.event-updated</c>), so
/// a late retry never undoes a move the owner made in the calendar since.
/// </summary>
internal sealed class MeetingEventSync(MeetingTransactions units, ICalendar calendar, IClock clock)
{
    internal const string EventUpdatedAction = "meeting.event-updated";
    internal const string EventCancelledAction = "meeting.event-cancelled";
    internal const string MovedInCalendarAction = "meeting.moved-in-calendar";

    public static Task<bool> EnqueueAsync(IAutoMeetStore store, Id<Meeting> meetingId, Instant now, CancellationToken cancellationToken) =>
        store.WorkQueue.EnqueueAsync(
            new WorkItem { Kind = MeetingChangeWork.SyncEvent, Key = meetingId + ":" + Guid.NewGuid().ToString("N"), Payload = meetingId.ToString(), DueAt = now },
            cancellationToken);

    /// <summary>Whether a move of ours has not reached the calendar yet.</summary>
    public static async Task<bool> IsPatchPendingAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        var last = (await store.AuditLog.ListForEntityAsync(nameof(Meeting), meetingId.ToString(), cancellationToken).ConfigureAwait(false))
            .LastOrDefault(e => e.Action is MeetingEmailComposer.RescheduledAction or EventUpdatedAction or MovedInCalendarAction);
        return last?.Action == MeetingEmailComposer.RescheduledAction;
    }

    public async Task SyncAsync(Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        var (meeting, prospect, zoneId, pending) = await units.ReadAsync<(Meeting? Meeting, Prospects.Prospect? Prospect, string? ZoneId, bool Pending)>(async store =>
        {
            var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
            if (meeting is null)
            {
                return (null, null, null, false);
            }

            var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
            var pending = meeting.Status == MeetingStatus.Scheduled && await IsPatchPendingAsync(store, meetingId, cancellationToken).ConfigureAwait(false);
            return (meeting, prospect, settings?.TimeZoneId, pending);
        }).ConfigureAwait(false);
        if (meeting is not { CalendarEventId: { } eventId, CalendarAccountId: { } accountId })
        {
            return;
        }

        if (meeting.Status == MeetingStatus.Cancelled)
        {
            if (await calendar.CancelEventAsync(accountId, eventId, cancellationToken).ConfigureAwait(false))
            {
                await RecordAsync(meeting, EventCancelledAction, MeetingAudit.Json(("eventId", eventId)), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (meeting.Status != MeetingStatus.Scheduled || !pending)
        {
            return;
        }

        var current = await calendar.FindEventAsync(accountId, eventId, cancellationToken).ConfigureAwait(false);
        if (current is null or { IsCancelled: true })
        {
            // Deleted in the calendar meanwhile: the calendar sync cancels the meeting.
            return;
        }

        if (current.Start != meeting.Start || current.End != meeting.End)
        {
            await PatchAsync(accountId, eventId, meeting, prospect, zoneId, cancellationToken).ConfigureAwait(false);
        }

        await RecordAsync(meeting, EventUpdatedAction, MeetingAudit.Json(("eventId", eventId), ("start", meeting.Start.ToString())), cancellationToken).ConfigureAwait(false);
    }

    private Task<CalendarEvent> PatchAsync(Id<MailboxAccount> accountId, string eventId, Meeting meeting, Prospects.Prospect? prospect, string? zoneId, CancellationToken cancellationToken) =>
        calendar.UpdateEventAsync(
            accountId,
            eventId,
            new CalendarEventRequest
            {
                Title = meeting.Title.Length > 0 ? meeting.Title : "Meeting",
                Description = "Booked by AutoMeet.",
                Start = meeting.Start,
                End = meeting.End,
                TimeZoneId = zoneId ?? DateTimeZone.Utc.Id,
                Attendees = prospect is null ? [] : [new EmailAddress(prospect.Email, MeetingEmailComposer.ProspectName(prospect))],
                AddConference = false,
                Notifications = AttendeeNotifications.All,
                IdempotencyKey = MeetingBooker.EventKey(meeting.Id),
            },
            cancellationToken);

    /// <summary>Records the calendar step once: a concurrent run that recorded it first wins, and this one records nothing.</summary>
    private Task<bool> RecordAsync(Meeting meeting, string action, string detail, CancellationToken cancellationToken) =>
        units.RunAsync(
            async (store, token) =>
            {
                if (action == EventUpdatedAction && !await IsPatchPendingAsync(store, meeting.Id, token).ConfigureAwait(false))
                {
                    return false;
                }

                await MeetingAudit.RecordAsync(
                    store, clock, meeting.OwnerId, MeetingActor.Booker, action, nameof(Meeting), meeting.Id.ToString(), detail, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
}
