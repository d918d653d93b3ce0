using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// The default <see cref="IMeetingBooker"/>. Step 1, one transaction under the owner's lock: the slot is re-checked
/// (engine rules, booked meetings, older holds, synced and live busy time) and the meeting becomes Scheduled — or,
/// when the slot is gone, goes back to Proposed on the nearest free slot with an alternatives e-mail queued. Step 2:
/// the calendar event is created with an idempotency key derived from the meeting id. Step 3, one transaction: the
/// event id and Meet link are stored and the confirmation e-mail is queued. A crash between steps is resumed by the
/// next call (a Scheduled meeting without an event goes straight to step 2).
/// </summary>
internal sealed partial class MeetingBooker : IMeetingBooker
{
    private readonly MeetingTransactions _units;
    private readonly SlotCheck _slots;
    private readonly ICalendar _calendar;
    private readonly IClock _clock;
    private readonly IOptions<MeetingOptions> _options;
    private readonly IOptions<AutoMeetOptions> _autoMeet;
    private readonly IDateTimeZoneProvider _zones;
    private readonly ILogger _logger;

    public MeetingBooker(
        MeetingTransactions units, SlotCheck slots, ICalendar calendar, IClock clock, IOptions<MeetingOptions> options, IOptions<AutoMeetOptions> autoMeet,
        IDateTimeZoneProvider zones, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _slots = slots;
        _calendar = calendar;
        _clock = clock;
        _options = options;
        _autoMeet = autoMeet;
        _zones = zones;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingBooker>();
    }

    public async Task<BookingResult> BookAsync(Id<Meeting> meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await _units.ReadAsync(store => store.Meetings.FindAsync(meetingId, cancellationToken)).ConfigureAwait(false);
        switch (meeting)
        {
            case null:
                return BookingResult.Simple(BookingOutcome.NotFound, null);
            case { Status: MeetingStatus.Scheduled, CalendarEventId: not null }:
                return BookingResult.Simple(BookingOutcome.AlreadyBooked, meeting.Status);
            case { Status: MeetingStatus.Scheduled }:
                return await CreateEventAsync(meeting, cancellationToken).ConfigureAwait(false);
            case { Status: not MeetingStatus.AwaitingApproval }:
                return BookingResult.Simple(BookingOutcome.NotBookable, meeting.Status);
        }

        var (_, live) = await _units.ReadAsync(async store =>
        {
            var found = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"Owner '{meeting.OwnerId}' has no calendar settings; meeting {meeting.Id} cannot be booked.");
            var window = new Interval(meeting.Start - Duration.FromDays(1), meeting.End + Duration.FromDays(1));
            return (found, await _slots.ReadLiveBusyAsync(store, meeting.OwnerId, found, window, cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);

        var committed = await _units.RunAsync((store, token) => CommitAsync(store, meetingId, live, token), cancellationToken).ConfigureAwait(false);
        if (committed.Outcome != BookingOutcome.Booked)
        {
            MeetingsLog.NotBooked(_logger, meetingId.Value, committed.Outcome);
            return committed;
        }

        var scheduled = await _units.ReadAsync(store => store.Meetings.FindAsync(meetingId, cancellationToken)).ConfigureAwait(false);
        return await CreateEventAsync(scheduled!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Step 1: re-check and commit the slot, or move the meeting to the nearest free slot.</summary>
    private async Task<BookingResult> CommitAsync(IAutoMeetStore store, Id<Meeting> meetingId, IReadOnlyList<BusyInterval> live, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return BookingResult.Simple(BookingOutcome.NotFound, null);
        }

        var settings = await OwnerLock.AcquireAsync(store, meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting!.Status != MeetingStatus.AwaitingApproval)
        {
            // Someone else moved it while this call waited for the lock.
            return BookingResult.Simple(meeting.Status == MeetingStatus.Scheduled ? BookingOutcome.Booked : BookingOutcome.NotBookable, meeting.Status);
        }

        if (await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false) is { } prospect
            && await MeetingSuppression.IsSuppressedAsync(store, meeting.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            // Suppressed since the proposal: no event (its invitation would mail them), no confirmation.
            await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Declined, MeetingActor.Booker, "the prospect's address or domain is suppressed; nothing booked or sent", cancellationToken).ConfigureAwait(false);
            return BookingResult.Simple(BookingOutcome.NotBookable, MeetingStatus.Declined);
        }

        var zone = _zones.GetZoneOrNull(meeting.ProspectTimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var window = new Interval(meeting.Start - Duration.FromDays(1), meeting.Start + Duration.FromDays(2));
        var question = await _slots.BuildAsync(store, settings, zone, window, other => Yields(other, meeting), live, cancellationToken).ConfigureAwait(false);
        var explanation = _slots.Engine.Explain(question, meeting.Start);
        var now = _clock.GetCurrentInstant();
        if (explanation.IsBookable && explanation.End == meeting.End)
        {
            await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Scheduled, MeetingActor.Booker, "slot re-checked and free", cancellationToken).ConfigureAwait(false);
            return BookingResult.Simple(BookingOutcome.Booked, MeetingStatus.Scheduled);
        }

        IReadOnlyList<string> reasons = explanation.Blockers.Count > 0
            ? [.. explanation.Blockers.Select(b => b.Detail)]
            : ["the meeting's length no longer matches the owner's meeting duration"];
        var search = await _slots.BuildAsync(store, settings, zone, _slots.SearchWindow(settings), other => other.Id == meeting.Id, live, cancellationToken).ConfigureAwait(false);
        var free = _slots.Engine.GetSlots(search).Slots;
        var alternatives = MeetingSlots.Nearest(free, [new Interval(meeting.Start, meeting.End)], _autoMeet.Value.MaxSlotsPerProposal);
        var reasonText = "slot no longer bookable: " + string.Join("; ", explanation.Blockers.Select(b => b.Reason.ToString()).Distinct());
        if (alternatives.Count == 0)
        {
            await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Declined, MeetingActor.Booker, reasonText + "; no alternative left", cancellationToken).ConfigureAwait(false);
            await store.Notifications.EnqueueAsync(
                new Notification
                {
                    OwnerId = meeting.OwnerId,
                    Kind = "meeting.slot-lost",
                    Channel = NotificationChannel.Email,
                    Subject = "A meeting could not be booked",
                    Body = "The time a prospect chose is no longer free and your calendar has no other bookable time. Reply to them yourself.",
                    Payload = MeetingAudit.Json(("meetingId", meeting.Id.ToString())),
                    DeduplicationKey = "meeting.slot-lost:" + meeting.Id,
                    DueAt = now,
                },
                cancellationToken).ConfigureAwait(false);
            return new BookingResult(BookingOutcome.NoAlternatives, MeetingStatus.Declined, reasons, []);
        }

        MeetingHolds.Hold(meeting, alternatives); // every alternative the e-mail lists is held
        meeting.HoldExpiresAt = now + Duration.FromTimeSpan(_options.Value.ProposalHold);
        await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Proposed, MeetingActor.Booker, reasonText + "; nearest alternatives offered", cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.Alternatives, meeting.Start, now, cancellationToken).ConfigureAwait(false);
        return new BookingResult(BookingOutcome.SlotTaken, MeetingStatus.Proposed, reasons, [.. alternatives.Select(a => a.Start)]);
    }

    /// <summary>Which other meetings do not block this one: none booked; holds younger than this meeting's (an older hold wins).</summary>
    private static bool Yields(Meeting other, Meeting meeting) =>
        other.Id == meeting.Id
        || (other.Status != MeetingStatus.Scheduled && (other.CreatedAt > meeting.CreatedAt || (other.CreatedAt == meeting.CreatedAt && other.Id > meeting.Id)));

    /// <summary>Steps 2 and 3: the event (idempotent), then its id, the Meet link and the confirmation e-mail in one transaction.</summary>
    private async Task<BookingResult> CreateEventAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var (account, prospect, zoneId) = await _units.ReadAsync(async store =>
        {
            var accountId = meeting.CalendarAccountId
                ?? (await store.MailboxAccounts.ListByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Status == AccountStatus.Connected)?.Id
                ?? throw new InvalidOperationException($"Owner '{meeting.OwnerId}' has no connected calendar to book meeting {meeting.Id} in.");
            var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
            return (accountId, prospect, settings?.TimeZoneId ?? DateTimeZone.Utc.Id);
        }).ConfigureAwait(false);

        var created = await _calendar.CreateEventAsync(
            account,
            new CalendarEventRequest
            {
                Title = meeting.Title.Length > 0 ? meeting.Title : "Meeting",
                Description = "Booked by AutoMeet.",
                Start = meeting.Start,
                End = meeting.End,
                TimeZoneId = zoneId,
                Attendees = prospect is null ? [] : [new EmailAddress(prospect.Email, MeetingEmailComposer.ProspectName(prospect))],
                AddConference = true,
                Notifications = AttendeeNotifications.All,
                IdempotencyKey = EventKey(meeting.Id),
            },
            cancellationToken).ConfigureAwait(false);

        await _units.RunAsync(
            async (store, token) =>
            {
                var current = await store.Meetings.FindAsync(meeting.Id, token).ConfigureAwait(false);
                if (current is null || current.CalendarEventId is not null)
                {
                    return false;
                }

                current.CalendarAccountId = account;
                current.CalendarEventId = created.EventId;
                current.ConferenceUrl = created.ConferenceUrl;
                await store.Meetings.UpdateAsync(current, token).ConfigureAwait(false);
                await MeetingAudit.RecordAsync(
                    store, _clock, current.OwnerId, MeetingActor.Booker, "meeting.event-created", nameof(Meeting), current.Id.ToString(),
                    MeetingAudit.Json(("eventId", created.EventId), ("conference", created.ConferenceUrl is null ? "none" : "meet")), token).ConfigureAwait(false);
                await MeetingEmailRequest.EnqueueAsync(store, current.Id, MeetingEmailKind.Confirmation, current.Start, _clock.GetCurrentInstant(), token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        MeetingsLog.Booked(_logger, meeting.Id.Value);
        return BookingResult.Simple(BookingOutcome.Booked, MeetingStatus.Scheduled);
    }

    /// <summary>The calendar idempotency key: one event per meeting, however often booking is tried.</summary>
    internal static string EventKey(Id<Meeting> meetingId) => "automeet-meeting-" + meetingId.Value.ToString("N");
}
