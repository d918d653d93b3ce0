using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Applies calendar changes to booked meetings, from each calendar sync: the meeting's event deleted or cancelled →
/// the meeting is cancelled (the event is not deleted again); the prospect declined the invitation → cancelled and the
/// owner told; the event moved by hand → the meeting takes its new time and the prospect gets an updated
/// confirmation. Every path compares with the meeting's current state, so the same change seen twice changes nothing.
/// A full re-sync (first sync, or after the provider refused an old sync token) lists the calendar's current events
/// without the deleted ones: a booked meeting ahead whose event the listing of its booking calendar lacks is looked up
/// once more, and cancelled only when the event is really gone (so an event not listed for another reason — a listing
/// older than a booking made meanwhile, or one that does not reach that far — is never taken for a deletion).
/// </summary>
internal sealed class MeetingCalendarChanges : ICalendarEventObserver
{
    private const string PrimaryCalendarId = "primary";
    private static readonly MeetingStatus[] Booked = [MeetingStatus.Scheduled];
    private readonly MeetingTransactions _units;
    private readonly MeetingChanges _changes;
    private readonly ICalendar _calendar;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public MeetingCalendarChanges(MeetingTransactions units, MeetingChanges changes, ICalendar calendar, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _changes = changes;
        _calendar = calendar;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingCalendarChanges>();
    }

    public async Task OnEventsChangedAsync(Id<MailboxAccount> accountId, string calendarId, CalendarChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await ApplyChangesAsync(accountId, changes, cancellationToken).ConfigureAwait(false);
        if (changes.IsFullResync)
        {
            await CancelUnlistedAsync(accountId, calendarId, changes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The booked meetings ahead whose event a full listing lacks (events it reports as removed are handled as changes).</summary>
    /// <param name="booked">The account's booked meetings.</param>
    /// <param name="listed">Every event id of the full listing, removed ones included.</param>
    /// <param name="accountId">The synced account.</param>
    /// <param name="now">The current instant.</param>
    internal static IReadOnlyList<Meeting> Unlisted(IEnumerable<Meeting> booked, IReadOnlySet<string> listed, Id<MailboxAccount> accountId, Instant now) =>
        [.. booked.Where(m => m.Status == MeetingStatus.Scheduled && m.End > now && m.CalendarAccountId == accountId && m.CalendarEventId is { } id && !listed.Contains(id))];

    /// <summary>Whether <paramref name="calendarId"/> is where AutoMeet books the account's meetings: its primary calendar (by alias or by address).</summary>
    internal static bool IsBookingCalendar(string calendarId, MailboxAccount account) =>
        string.Equals(calendarId, PrimaryCalendarId, StringComparison.Ordinal) || string.Equals(calendarId, account.EmailAddress, StringComparison.OrdinalIgnoreCase);

    private async Task CancelUnlistedAsync(Id<MailboxAccount> accountId, string calendarId, CalendarChanges changes, CancellationToken cancellationToken)
    {
        var listed = changes.Changes.Select(c => c.EventId).ToHashSet(StringComparer.Ordinal);
        var unlisted = await _units.ReadAsync(async store =>
        {
            var account = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
            if (account is null || !IsBookingCalendar(calendarId, account))
            {
                return [];
            }

            var now = _clock.GetCurrentInstant();
            var booked = await store.Meetings.ListOverlappingAsync(account.OwnerId, new Interval(now - Duration.FromDays(1), now + Duration.FromDays(800)), Booked, cancellationToken).ConfigureAwait(false);
            return Unlisted(booked, listed, accountId, now);
        }).ConfigureAwait(false);
        foreach (var meeting in unlisted)
        {
            // Confirmed one by one: only an event that is really gone (deleted, or cancelled) cancels its meeting.
            var current = await _calendar.FindEventAsync(accountId, meeting.CalendarEventId!, cancellationToken).ConfigureAwait(false);
            if (current is null or { IsCancelled: true })
            {
                await ApplyAsync(meeting, CalendarMeetingChange.Deleted, _changes.CancelAsync(meeting.Id, CancelPlan.EventDeleted, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                MeetingChangesLog.UnlistedEventKept(_logger, meeting.Id.Value);
            }
        }
    }

    private async Task ApplyChangesAsync(Id<MailboxAccount> accountId, CalendarChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Changes.Count == 0)
        {
            return;
        }

        // Later entries for one event win.
        var latest = new Dictionary<string, CalendarEventChange>(StringComparer.Ordinal);
        foreach (var change in changes.Changes)
        {
            latest[change.EventId] = change;
        }

        var meetings = await _units.ReadAsync(store => BookedAsync(store, accountId, latest, cancellationToken)).ConfigureAwait(false);
        foreach (var (meeting, prospectEmail) in meetings)
        {
            var change = latest[meeting.CalendarEventId!];
            if (change.IsRemoved)
            {
                await ApplyAsync(meeting, CalendarMeetingChange.Deleted, _changes.CancelAsync(meeting.Id, CancelPlan.EventDeleted, cancellationToken)).ConfigureAwait(false);
            }
            else if (prospectEmail is not null && change.Attendees.Any(a => a.Response == AttendeeResponse.Declined && string.Equals(a.Email, prospectEmail, StringComparison.OrdinalIgnoreCase)))
            {
                await ApplyAsync(meeting, CalendarMeetingChange.Declined, _changes.CancelAsync(meeting.Id, CancelPlan.AttendeeDeclined, cancellationToken)).ConfigureAwait(false);
            }
            else if (change.Time is { } time && (time.Start != meeting.Start || time.End != meeting.End))
            {
                await ApplyAsync(meeting, CalendarMeetingChange.Moved, _units.RunAsync((store, token) => MoveAsync(store, meeting.Id, time, token), cancellationToken)).ConfigureAwait(false);
            }
        }
    }

    private async Task ApplyAsync(Meeting meeting, CalendarMeetingChange kind, Task<MeetingChangeResult> work)
    {
        var result = await work.ConfigureAwait(false);
        MeetingChangesLog.CalendarChange(_logger, meeting.Id.Value, kind, result.Outcome);
    }

    /// <summary>The owner's booked meetings (from a day ago on) whose event is among the changes, with the prospect's address.</summary>
    private async Task<IReadOnlyList<(Meeting Meeting, string? ProspectEmail)>> BookedAsync(
        IAutoMeetStore store, Id<MailboxAccount> accountId, Dictionary<string, CalendarEventChange> changes, CancellationToken cancellationToken)
    {
        var account = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return [];
        }

        var now = _clock.GetCurrentInstant();
        var reach = new Interval(now - Duration.FromDays(1), now + Duration.FromDays(800));
        var found = new List<(Meeting, string?)>();
        foreach (var meeting in await store.Meetings.ListOverlappingAsync(account.OwnerId, reach, Booked, cancellationToken).ConfigureAwait(false))
        {
            if (meeting.CalendarEventId is { } eventId && changes.ContainsKey(eventId) && (meeting.CalendarAccountId is null || meeting.CalendarAccountId == accountId))
            {
                var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
                found.Add((meeting, prospect?.Email));
            }
        }

        return found;
    }

    /// <summary>The owner moved the event by hand: the meeting follows (no slot check: it is the owner's call), unless a move of ours is still on its way to the calendar.</summary>
    private async Task<MeetingChangeResult> MoveAsync(IAutoMeetStore store, Id<Meeting> meetingId, Interval time, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is not { Status: MeetingStatus.Scheduled })
        {
            return new MeetingChangeResult(meeting is null ? MeetingChangeOutcome.NotFound : MeetingChangeOutcome.NotChangeable, meeting?.Status);
        }

        if ((time.Start == meeting.Start && time.End == meeting.End) || await MeetingEventSync.IsPatchPendingAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false))
        {
            return new MeetingChangeResult(MeetingChangeOutcome.Unchanged, meeting.Status) { Start = meeting.Start };
        }

        var from = meeting.Start;
        meeting.Start = time.Start;
        meeting.End = time.End;
        await store.Meetings.UpdateAsync(meeting, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetCurrentInstant();
        await MeetingAudit.RecordAsync(
            store, _clock, meeting.OwnerId, MeetingActor.Owner(meeting.OwnerId), MeetingEventSync.MovedInCalendarAction, nameof(Meeting), meeting.Id.ToString(),
            MeetingAudit.Json(("from", from.ToString()), ("to", meeting.Start.ToString()), ("end", meeting.End.ToString()), ("reason", "the event was moved in the calendar")), cancellationToken).ConfigureAwait(false);
        if (meeting.ThreadId is not null)
        {
            var version = MeetingChangeVersion.Moves(await MeetingChangeVersion.HistoryAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false));
            await MeetingEmailRequest.EnqueueReferenceAsync(store, meeting.Id, MeetingEmailKind.Rescheduled, MeetingChangeVersion.Pack(meeting.Start, version), now, cancellationToken).ConfigureAwait(false);
        }

        return new MeetingChangeResult(MeetingChangeOutcome.Rescheduled, meeting.Status) { Start = meeting.Start };
    }
}
