using AutoMeet.Approvals;
using AutoMeet.Calendars;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// The owner's Suggest-another-time decision on a meeting awaiting approval. Listing reads the owner's bookable times
/// (settings, synced and live busy time, booked meetings, other holds; the meeting's own hold does not block) other
/// than the one awaiting approval, ranked for the prospect and written in the owner's zone; it changes nothing.
/// Suggesting re-checks the chosen start under the owner's lock with the booker's rule, then in one transaction
/// marks the request <see cref="ApprovalStatus.AlternativeSuggested"/> (who, when, from where), moves the meeting's
/// hold to the new slot (a proposal hold), sends the meeting back to <see cref="MeetingStatus.Proposed"/> and queues
/// the proposal e-mail to the prospect in the thread. The prospect's answer then runs the normal pipeline.
/// </summary>
internal sealed class ApprovalSuggestions(MeetingTransactions units, SlotCheck slots, IDateTimeZoneProvider zones, IClock clock, IOptions<MeetingOptions> options)
{
    /// <summary>The most alternatives a page may ask for.</summary>
    public const int MaxAlternatives = 20;

    /// <summary>The audit action of a suggestion (the approval request's history entry; its domain event is <c>approval.decided</c>).</summary>
    public const string AuditAction = "approval.alternative-suggested";

    /// <summary>How far ahead a suggested start may lie at all (beyond it, the booking horizon refuses it anyway).</summary>
    private static readonly Duration FarthestAhead = Duration.FromDays(3660);

    /// <summary>Up to <paramref name="count"/> bookable times other than the meeting's, by start; empty when the meeting no longer awaits approval.</summary>
    public async Task<IReadOnlyList<ApprovalAlternative>> ListAsync(ApprovalRequest request, int count, CancellationToken cancellationToken)
    {
        var context = await units.ReadAsync<(Meeting? Meeting, CalendarSettings? Settings, IReadOnlyList<BusyInterval> Live)>(async store =>
        {
            var meeting = await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
            var settings = await store.CalendarSettings.FindByOwnerAsync(request.OwnerId, cancellationToken).ConfigureAwait(false);
            if (meeting is not { Status: MeetingStatus.AwaitingApproval } || settings is null)
            {
                return (null, settings, []);
            }

            return (meeting, settings, await slots.ReadLiveBusyAsync(store, meeting.OwnerId, settings, slots.SearchWindow(settings), cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);
        if (context.Meeting is not { } meeting || context.Settings is not { } settings)
        {
            return [];
        }

        var prospectZone = ProspectZone(meeting);
        var ownerZone = zones.GetZoneOrNull(settings.TimeZoneId) ?? DateTimeZone.Utc;
        var free = await units.ReadAsync(async store =>
        {
            var question = await slots.BuildAsync(store, settings, prospectZone, slots.SearchWindow(settings), m => m.Id == meeting.Id, context.Live, cancellationToken).ConfigureAwait(false);
            return slots.Engine.GetSlots(question).Slots;
        }).ConfigureAwait(false);
        var others = free.Where(s => !Overlaps(s.Start, s.End, meeting)).ToList();
        var chosen = ProposalRanker.Choose(others, new ProposalPreferences(prospectZone, Math.Clamp(count, 1, MaxAlternatives)));
        return [.. chosen.Select(s => new ApprovalAlternative(s.Start, s.End, MeetingTimeText.Format(s.Start, s.End, ownerZone)))];
    }

    /// <summary>Re-checks <paramref name="start"/> and, when it is bookable, commits the suggestion (see the class remarks).</summary>
    public async Task<ApprovalLinkResult> SuggestAsync(ApprovalRequest request, Instant start, string source, CancellationToken cancellationToken)
    {
        var plausible = IsPlausible(start, clock.GetCurrentInstant());
        var live = await units.ReadAsync(async store =>
        {
            var settings = await store.CalendarSettings.FindByOwnerAsync(request.OwnerId, cancellationToken).ConfigureAwait(false);
            return settings is null || !plausible
                ? (IReadOnlyList<BusyInterval>)[]
                : await slots.ReadLiveBusyAsync(store, request.OwnerId, settings, Around(start), cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return await units.RunAsync((store, token) => SuggestOnceAsync(store, request.Id, start, source, live, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApprovalLinkResult> SuggestOnceAsync(
        IAutoMeetStore store, Id<ApprovalRequest> requestId, Instant start, string source, IReadOnlyList<BusyInterval> live, CancellationToken cancellationToken)
    {
        var request = await store.Approvals.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.Invalid);
        }

        // Serialise with bookings and proposals of the same owner, then read again: the check and the hold are one decision.
        var settings = await OwnerLock.AcquireAsync(store, request.OwnerId, cancellationToken).ConfigureAwait(false);
        request = await store.Approvals.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        if (request!.Status != ApprovalStatus.Pending)
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.AlreadyHandled) { RequestStatus = request.Status };
        }

        if (request.ExpiresAt <= now)
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.Expired) { RequestStatus = request.Status };
        }

        var meeting = await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is not { Status: MeetingStatus.AwaitingApproval })
        {
            // Cancelled, declined or booked meanwhile, or a move of a booked meeting (which has no suggest link).
            return new ApprovalLinkResult(ApprovalLinkOutcome.AlreadyHandled) { RequestStatus = request.Status };
        }

        if (!IsPlausible(start, now))
        {
            return Unavailable(request, start, [start <= now ? "It is in the past." : "It is beyond your booking horizon."]);
        }

        if (Overlaps(start, start + (meeting.End - meeting.Start), meeting))
        {
            return Unavailable(request, start, ["It overlaps the time that is awaiting your approval; approve that one instead, or pick another time."]);
        }

        var question = await slots.BuildAsync(store, settings, ProspectZone(meeting), Around(start), m => m.Id == meeting.Id, live, cancellationToken).ConfigureAwait(false);
        var explanation = slots.Engine.Explain(question, start);

        if (!explanation.IsBookable)
        {
            IReadOnlyList<string> reasons = explanation.Blockers.Count > 0 ? [.. explanation.Blockers.Select(b => b.Detail).Distinct()] : ["It is not a bookable time in your calendar."];
            return Unavailable(request, start, reasons);
        }

        var from = meeting.Start;
        request.Status = ApprovalStatus.AlternativeSuggested;
        request.DecidedAt = now;
        request.DecidedBy = request.OwnerId.Value;
        request.DecisionSource = source.Length > 200 ? source[..200] : source;
        request.SuggestedStart = start;
        await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
        var owner = MeetingActor.Owner(request.OwnerId);
        await MeetingAudit.RecordAsync(
            store, clock, request.OwnerId, owner, AuditAction, nameof(ApprovalRequest), request.Id.ToString(),
            MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("source", request.DecisionSource), ("from", from.ToString()), ("suggestedStart", start.ToString())), cancellationToken).ConfigureAwait(false);

        // The original slot's hold goes with the move; the new slot is held for the prospect like any proposal.
        meeting.Start = start;
        meeting.End = explanation.End;
        meeting.HeldSlots = [new Interval(start, explanation.End)]; // the suggestion is the only time offered
        meeting.HoldExpiresAt = now + Duration.FromTimeSpan(options.Value.ProposalHold);
        await MeetingAudit.MoveAsync(store, clock, meeting, MeetingStatus.Proposed, owner, "the owner suggested another time; proposed to the prospect", cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.SuggestedTime, meeting.Start, now, cancellationToken).ConfigureAwait(false);
        return new ApprovalLinkResult(ApprovalLinkOutcome.AlternativeSuggested) { RequestStatus = request.Status, SuggestedStart = start };
    }

    private static ApprovalLinkResult Unavailable(ApprovalRequest request, Instant start, IReadOnlyList<string> reasons) =>
        new(ApprovalLinkOutcome.SlotUnavailable) { RequestStatus = request.Status, SuggestedStart = start, Reasons = reasons };

    private static bool IsPlausible(Instant start, Instant now) => start > now && start - now < FarthestAhead;

    private static bool Overlaps(Instant start, Instant end, Meeting meeting) => start < meeting.End && meeting.Start < end;

    /// <summary>The window the booker re-checks a start in.</summary>
    private static Interval Around(Instant start) => new(start - Duration.FromDays(1), start + Duration.FromDays(2));

    private DateTimeZone ProspectZone(Meeting meeting) => zones.GetZoneOrNull(meeting.ProspectTimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
}
