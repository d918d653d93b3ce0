using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Acts on a prospect's reply that asks to move or cancel their meeting. Cancel → the cancellation processor. Move →
/// the windows they offered are intersected with availability (the meeting's own slot not counting against it): in
/// autonomous mode with the classifier confident enough, the meeting moves straight to the first free time; with a
/// free time otherwise, the owner is asked to approve the move by signed link; with none, the prospect is offered
/// other times (nothing is held, the meeting stays as booked). A meeting not booked yet is handed to the scheduler as
/// a new proposal.
/// </summary>
internal sealed class MeetingReplyChanges
{
    private readonly MeetingTransactions _units;
    private readonly MeetingChanges _changes;
    private readonly MeetingScheduler _scheduler;
    private readonly MeetingMoveApprovals _approvals;
    private readonly SlotCheck _slots;
    private readonly IClock _clock;
    private readonly IOptions<MeetingOptions> _options;
    private readonly MeetingEmailComposer _composer;
    private readonly ILogger _logger;

    public MeetingReplyChanges(
        MeetingTransactions units, MeetingChanges changes, MeetingScheduler scheduler, MeetingMoveApprovals approvals, SlotCheck slots, IClock clock,
        IOptions<MeetingOptions> options, MeetingEmailComposer composer, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _changes = changes;
        _scheduler = scheduler;
        _approvals = approvals;
        _slots = slots;
        _clock = clock;
        _options = options;
        _composer = composer;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingReplyChanges>();
    }

    public async Task<ReplyChangeOutcome> HandleAsync(MeetingProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await DecideAsync(request, cancellationToken).ConfigureAwait(false);
        MeetingChangesLog.ReplyHandled(_logger, request.DecisionId, outcome);
        return outcome;
    }

    private async Task<ReplyChangeOutcome> DecideAsync(MeetingProposalRequest request, CancellationToken cancellationToken)
    {
        var (decision, prospect, campaign, meeting) = await _units.ReadAsync(store => LoadAsync(store, request, cancellationToken)).ConfigureAwait(false);
        if (decision is null || prospect is null)
        {
            return ReplyChangeOutcome.Unchanged;
        }

        if (meeting is null)
        {
            return ReplyChangeOutcome.NoMeeting;
        }

        if (decision.Label == ReplyLabel.Cancel)
        {
            var cancelled = await _changes.CancelAsync(meeting.Id, CancelPlan.FromReply, cancellationToken).ConfigureAwait(false);
            return cancelled.Outcome == MeetingChangeOutcome.Cancelled ? ReplyChangeOutcome.Cancelled : ReplyChangeOutcome.Unchanged;
        }

        if (meeting.Status != MeetingStatus.Scheduled)
        {
            // Not booked yet: choosing another time is what a new proposal does (it supersedes the old one).
            var proposed = await _scheduler.ProposeAsync(request, cancellationToken).ConfigureAwait(false);
            return proposed is ProposalOutcome.MeetingInProgress or ProposalOutcome.AlreadyHandled or ProposalOutcome.Gone ? ReplyChangeOutcome.Unchanged : ReplyChangeOutcome.Reproposed;
        }

        return await MoveAsync(decision, prospect, campaign, meeting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Handles a reply read as "interested, let's meet" that is in fact about moving the prospect's booked meeting (see
    /// <see cref="MoveReplyRouting"/>): it takes the same path as a reschedule reply (autonomous move, owner's approval
    /// or other times offered).
    /// </summary>
    /// <returns>What was done; <see langword="null"/> when the reply is not about moving a booked meeting (it goes to the scheduler).</returns>
    public async Task<ReplyChangeOutcome?> TryMoveAsync(MeetingProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (decision, prospect, campaign, meeting) = await _units.ReadAsync(store => LoadAsync(store, request, cancellationToken)).ConfigureAwait(false);
        if (decision is null || prospect is null || meeting is not { Status: MeetingStatus.Scheduled })
        {
            return null;
        }

        var (outstanding, body) = await _units.ReadAsync(async store =>
        {
            var history = await MeetingChangeVersion.HistoryAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false);
            var thread = await store.Threads.FindAsync(decision.ThreadId, cancellationToken).ConfigureAwait(false);
            return (MoveReplyRouting.IsOfferOutstanding(history), thread?.Messages.FirstOrDefault(m => m.Id == decision.MessageId)?.BodyText);
        }).ConfigureAwait(false);
        var windows = MeetingSlots.ParseWindows(decision.OfferedWindowsJson).Count;
        if (!MoveReplyRouting.IsMove(meeting, decision.DecidedAt, outstanding, windows, windows > 0 && MoveReplyRouting.RefersToMoving(body)))
        {
            return null;
        }

        var outcome = await MoveAsync(decision, prospect, campaign, meeting, cancellationToken).ConfigureAwait(false);
        MeetingChangesLog.ReplyHandled(_logger, request.DecisionId, outcome);
        return outcome;
    }

    /// <summary>
    /// The windows the prospect offered, intersected with availability (the meeting's own slot not counting against
    /// it): moved (autonomous, confident enough), or the owner asked to approve, or other times offered.
    /// </summary>
    private async Task<ReplyChangeOutcome> MoveAsync(ReplyDecision decision, Prospect prospect, Campaign? campaign, Meeting meeting, CancellationToken cancellationToken)
    {
        var windows = MeetingSlots.ParseWindows(decision.OfferedWindowsJson);
        var free = windows.Count == 0 ? [] : await FreeInsideAsync(meeting, prospect, windows, cancellationToken).ConfigureAwait(false);
        if (free.Count > 0)
        {
            var (mode, threshold) = Mode(campaign);
            if (mode == ApprovalMode.Autonomous && decision.Confidence >= threshold)
            {
                var moved = await _changes.RescheduleAsync(
                    meeting.Id, free[0].Start, _ => new MeetingActor(ActorKind.AI, "autonomous-confirmer"),
                    "the prospect asked to move by reply; autonomous (confidence at or above the threshold)", cancellationToken).ConfigureAwait(false);
                if (moved.Outcome == MeetingChangeOutcome.Rescheduled)
                {
                    return ReplyChangeOutcome.Rescheduled;
                }
            }
            else if (await _approvals.RequestAsync(meeting.Id, free[0].Start, decision.Confidence, cancellationToken).ConfigureAwait(false))
            {
                return ReplyChangeOutcome.ApprovalRequested;
            }
        }

        var offered = await _units.RunAsync(
            async (store, token) => await store.Meetings.FindAsync(meeting.Id, token).ConfigureAwait(false) is { Status: MeetingStatus.Scheduled } current
                && await RescheduleOffers.OfferAsync(store, _clock, current, "decision:" + decision.Id, MeetingActor.Scheduler, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return offered ? ReplyChangeOutcome.OptionsOffered : ReplyChangeOutcome.Unchanged;
    }

    /// <summary>The free slots inside the prospect's windows, by start; the meeting itself does not block, and its current slot is not offered.</summary>
    private async Task<IReadOnlyList<AvailableSlot>> FreeInsideAsync(Meeting meeting, Prospect prospect, IReadOnlyList<Interval> windows, CancellationToken cancellationToken)
    {
        var zone = _composer.ProspectZone(prospect);
        return await _units.ReadAsync(async store =>
        {
            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"Owner '{meeting.OwnerId}' has no calendar settings; meeting {meeting.Id} cannot be moved.");
            var window = _slots.SearchWindow(settings);
            var live = MeetingChanges.WithoutOwnEvent(await _slots.ReadLiveBusyAsync(store, meeting.OwnerId, settings, window, cancellationToken).ConfigureAwait(false), meeting);
            var question = await _slots.BuildAsync(store, settings, zone, window, m => m.Id == meeting.Id, meeting.CalendarEventId, live, cancellationToken).ConfigureAwait(false);
            var slots = _slots.Engine.GetSlots(question).Slots.Where(s => s.Start != meeting.Start).ToList();
            return MeetingSlots.Inside(slots, windows);
        }).ConfigureAwait(false);
    }

    private static async Task<(ReplyDecision? Decision, Prospect? Prospect, Campaign? Campaign, Meeting? Meeting)> LoadAsync(
        IAutoMeetStore store, MeetingProposalRequest request, CancellationToken cancellationToken)
    {
        var decision = await store.ReplyDecisions.FindAsync(new Id<ReplyDecision>(request.DecisionId), cancellationToken).ConfigureAwait(false);
        var prospect = await store.Prospects.FindAsync(new Id<Prospect>(request.ProspectId), cancellationToken).ConfigureAwait(false);
        if (decision is null || prospect is null)
        {
            return (decision, prospect, null, null);
        }

        var campaign = request.CampaignId is { } campaignId ? await store.Campaigns.FindAsync(new Id<Campaign>(campaignId), cancellationToken).ConfigureAwait(false) : null;
        var meetings = await store.Meetings.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false);
        var now = decision.DecidedAt;

        // The booked meeting still ahead comes first; else the open proposal or approval the reply is about.
        var meeting = meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.End > now).OrderBy(m => m.Start).FirstOrDefault()
            ?? meetings.LastOrDefault(m => m.Status is MeetingStatus.Proposed or MeetingStatus.AwaitingApproval);
        return (decision, prospect, campaign, meeting);
    }

    private (ApprovalMode Mode, double Threshold) Mode(Campaign? campaign)
    {
        var options = _options.Value;
        var mode = campaign?.ApprovalMode is { } m && m != ApprovalMode.Inherit ? m : options.DefaultApprovalMode;
        var threshold = campaign?.AutonomousConfidenceThreshold ?? options.DefaultAutonomousConfidenceThreshold;
        return (mode, threshold);
    }
}
