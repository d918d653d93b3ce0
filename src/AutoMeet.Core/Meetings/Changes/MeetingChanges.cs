using AutoMeet.Calendars;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// The default <see cref="IMeetingChanges"/>. A move is checked once on a read (so a refused move writes nothing),
/// then again in one transaction under the owner's lock, where the meeting's new time, its audit entry, the updated
/// confirmation and a <see cref="MeetingChangeWork.SyncEvent"/> item are committed together; the event is then
/// patched inline (the queued item repeats it after a crash, and does nothing once the event matches). A cancellation
/// is one transaction likewise, followed by the event's cancellation.
/// </summary>
internal sealed partial class MeetingChanges : IMeetingChanges
{
    private readonly MeetingTransactions _units;
    private readonly SlotCheck _slots;
    private readonly MeetingEventSync _events;
    private readonly IClock _clock;
    private readonly IOptions<MeetingOptions> _options;
    private readonly IOptions<AutoMeetOptions> _autoMeet;
    private readonly IDateTimeZoneProvider _zones;
    private readonly ILogger _logger;

    public MeetingChanges(
        MeetingTransactions units, SlotCheck slots, MeetingEventSync events, IClock clock, IOptions<MeetingOptions> options, IOptions<AutoMeetOptions> autoMeet,
        IDateTimeZoneProvider zones, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _slots = slots;
        _events = events;
        _clock = clock;
        _options = options;
        _autoMeet = autoMeet;
        _zones = zones;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingChanges>();
    }

    public Task<MeetingChangeResult> RescheduleAsync(Id<Meeting> meetingId, Instant newStart, MeetingChangeActor actor, CancellationToken cancellationToken = default) =>
        RescheduleAsync(meetingId, newStart, m => ActorFor(actor, m), "moved on request", cancellationToken);

    public Task<MeetingChangeResult> CancelAsync(Id<Meeting> meetingId, MeetingChangeActor actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return CancelAsync(meetingId, CancelPlan.ForActor(actor, reason.Trim()), cancellationToken);
    }

    /// <summary>Moves a booked meeting after checking the new time with the booking rules (see <see cref="IMeetingChanges.RescheduleAsync"/>).</summary>
    internal async Task<MeetingChangeResult> RescheduleAsync(Id<Meeting> meetingId, Instant newStart, Func<Meeting, MeetingActor> actor, string reason, CancellationToken cancellationToken)
    {
        var read = await _units.ReadAsync<(MeetingChangeResult? Refusal, IReadOnlyList<BusyInterval> Live)>(async store =>
        {
            var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
            if (Early(meeting, newStart) is { } early)
            {
                return (early, []);
            }

            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting!.OwnerId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"Owner '{meeting.OwnerId}' has no calendar settings; meeting {meeting.Id} cannot be moved.");
            var live = await _slots.ReadLiveBusyAsync(store, meeting.OwnerId, settings, Around(newStart), cancellationToken).ConfigureAwait(false);
            live = WithoutOwnEvent(live, meeting);
            var (explanation, refusal) = await CheckAsync(store, settings, meeting, newStart, live, cancellationToken).ConfigureAwait(false);
            return (explanation.IsBookable ? null : refusal, live);
        }).ConfigureAwait(false);
        if (read.Refusal is { } refused)
        {
            MeetingChangesLog.NotRescheduled(_logger, meetingId.Value, refused.Outcome);
            return refused;
        }

        var result = await _units.RunAsync((store, token) => CommitMoveAsync(store, meetingId, newStart, read.Live, actor, reason, token), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != MeetingChangeOutcome.Rescheduled)
        {
            MeetingChangesLog.NotRescheduled(_logger, meetingId.Value, result.Outcome);
            return result;
        }

        MeetingChangesLog.Rescheduled(_logger, meetingId.Value);
        await SyncEventQuietlyAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<MeetingChangeResult> CommitMoveAsync(
        IAutoMeetStore store, Id<Meeting> meetingId, Instant newStart, IReadOnlyList<BusyInterval> live, Func<Meeting, MeetingActor> actor, string reason, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (Early(meeting, newStart) is { } early)
        {
            return early;
        }

        var settings = await OwnerLock.AcquireAsync(store, meeting!.OwnerId, cancellationToken).ConfigureAwait(false);
        meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (Early(meeting, newStart) is { } late)
        {
            return late;
        }

        var (explanation, refusal) = await CheckAsync(store, settings, meeting!, newStart, live, cancellationToken).ConfigureAwait(false);
        if (!explanation.IsBookable)
        {
            // Taken while this call waited for the lock: the transaction only moved the owner's lock row.
            return refusal!;
        }

        var from = meeting!.Start;
        meeting.Start = newStart;
        meeting.End = explanation.End;
        await store.Meetings.UpdateAsync(meeting, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetCurrentInstant();
        await MeetingAudit.RecordAsync(
            store, _clock, meeting.OwnerId, actor(meeting), MeetingEmailComposer.RescheduledAction, nameof(Meeting), meeting.Id.ToString(),
            MeetingAudit.Json(("from", from.ToString()), ("to", newStart.ToString()), ("end", meeting.End.ToString()), ("reason", reason)), cancellationToken).ConfigureAwait(false);
        await MeetingEventSync.EnqueueAsync(store, meeting.Id, now, cancellationToken).ConfigureAwait(false);

        // Keyed by this move's version, not only its target: moving back to an earlier time is announced again.
        var version = MeetingChangeVersion.Moves(await MeetingChangeVersion.HistoryAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false));
        if (meeting.ThreadId is not null && meeting.CalendarEventId is not null)
        {
            await MeetingEmailRequest.EnqueueReferenceAsync(store, meeting.Id, MeetingEmailKind.Rescheduled, MeetingChangeVersion.Pack(meeting.Start, version), now, cancellationToken).ConfigureAwait(false);
        }

        await NotifyOwnerAsync(store, meeting, "meeting.rescheduled", "moved", $"The meeting is now on {await OwnerTimeAsync(store, meeting, cancellationToken).ConfigureAwait(false)}.", cancellationToken, version).ConfigureAwait(false);
        return new MeetingChangeResult(MeetingChangeOutcome.Rescheduled, meeting.Status) { Start = meeting.Start };
    }

    /// <summary>Checks a new start with the booking rules; the meeting itself (its slot and its synced event) does not block.</summary>
    private async Task<(SlotExplanation Explanation, MeetingChangeResult? Refusal)> CheckAsync(
        IAutoMeetStore store, CalendarSettings settings, Meeting meeting, Instant newStart, IReadOnlyList<BusyInterval> live, CancellationToken cancellationToken)
    {
        var zone = _zones.GetZoneOrNull(meeting.ProspectTimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var question = await _slots.BuildAsync(store, settings, zone, Around(newStart), m => m.Id == meeting.Id, meeting.CalendarEventId, live, cancellationToken).ConfigureAwait(false);
        var explanation = _slots.Engine.Explain(question, newStart);
        if (explanation.IsBookable)
        {
            return (explanation, null);
        }

        IReadOnlyList<string> reasons = explanation.Blockers.Count > 0 ? [.. explanation.Blockers.Select(b => b.Detail)] : ["the time is not bookable"];
        var search = await _slots.BuildAsync(store, settings, zone, _slots.SearchWindow(settings), m => m.Id == meeting.Id, meeting.CalendarEventId, live, cancellationToken).ConfigureAwait(false);
        var free = _slots.Engine.GetSlots(search).Slots.Where(s => s.Start != meeting.Start).ToList();
        var length = meeting.End - meeting.Start;
        var nearest = MeetingSlots.Nearest(free, [new Interval(newStart, newStart + length)], _autoMeet.Value.MaxSlotsPerProposal);
        return (explanation, new MeetingChangeResult(MeetingChangeOutcome.SlotUnavailable, meeting.Status)
        {
            Reasons = reasons,
            Alternatives = [.. nearest.Select(s => s.Start)],
            Start = meeting.Start,
        });
    }

    /// <summary>Why a move cannot even be checked, or <see langword="null"/>.</summary>
    private static MeetingChangeResult? Early(Meeting? meeting, Instant newStart) => meeting switch
    {
        null => new MeetingChangeResult(MeetingChangeOutcome.NotFound, null),
        { Status: not MeetingStatus.Scheduled } => new MeetingChangeResult(MeetingChangeOutcome.NotChangeable, meeting.Status) { Start = meeting.Start },
        _ when meeting.Start == newStart => new MeetingChangeResult(MeetingChangeOutcome.Unchanged, meeting.Status) { Start = meeting.Start },
        _ => null,
    };

    /// <summary>The live busy time without the meeting's own event (the provider's free/busy has no event ids: its exact interval, once).</summary>
    internal static IReadOnlyList<BusyInterval> WithoutOwnEvent(IReadOnlyList<BusyInterval> live, Meeting meeting)
    {
        if (meeting.CalendarEventId is null)
        {
            return live;
        }

        var list = live.ToList();
        var own = list.FindIndex(b => b.Interval.HasStart && b.Interval.HasEnd && b.Interval.Start == meeting.Start && b.Interval.End == meeting.End);
        if (own >= 0)
        {
            list.RemoveAt(own);
        }

        return list;
    }

    private static Interval Around(Instant start) => new(start - Duration.FromDays(1), start + Duration.FromDays(2));

    private static MeetingActor ActorFor(MeetingChangeActor actor, Meeting meeting) => actor switch
    {
        MeetingChangeActor.Owner => MeetingActor.Owner(meeting.OwnerId),
        MeetingChangeActor.Prospect => new(Compliance.ActorKind.Prospect, meeting.ProspectId.ToString()),
        _ => new(Compliance.ActorKind.System, "host"),
    };

    /// <summary>Brings the event in line now; a failure is left to the queued <see cref="MeetingChangeWork.SyncEvent"/> item.</summary>
    private async Task SyncEventQuietlyAsync(Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        try
        {
            await _events.SyncAsync(meetingId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MeetingChangesLog.EventSyncDeferred(_logger, meetingId.Value, ex);
        }
    }
}
