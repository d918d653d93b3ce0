using AutoMeet.Approvals;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Turns a reply with meeting intent into a meeting. When the prospect's offered windows meet real availability,
/// the prospect has chosen: the meeting awaits approval (the owner's, or the autonomous rule's when the campaign is
/// autonomous and the classifier confident enough). Otherwise the prospect is offered K times (the nearest to the
/// windows they offered, or the best ranked ones), each of them held until the meeting is booked, declined,
/// superseded or the hold expires. Every change, its audit entries and the
/// e-mails and bookings it calls for are committed in one transaction, serialised per owner; the meeting's id is
/// derived from the reply decision, so handling the same reply again changes nothing.
/// </summary>
internal sealed partial class MeetingScheduler
{
    private readonly MeetingTransactions _units;
    private readonly SlotCheck _slots;
    private readonly IClock _clock;
    private readonly IOptions<MeetingOptions> _options;
    private readonly IOptions<AutoMeetOptions> _autoMeet;
    private readonly MeetingEmailComposer _composer;
    private readonly ILogger _logger;

    public MeetingScheduler(
        MeetingTransactions units, SlotCheck slots, IClock clock, IOptions<MeetingOptions> options, IOptions<AutoMeetOptions> autoMeet, MeetingEmailComposer composer, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _slots = slots;
        _clock = clock;
        _options = options;
        _autoMeet = autoMeet;
        _composer = composer;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingScheduler>();
    }

    /// <summary>The meeting a reply decision leads to: one per decision.</summary>
    public static Id<Meeting> MeetingIdFor(Guid decisionId)
    {
        Span<byte> bytes = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("automeet-meeting:" + decisionId.ToString("N")), bytes);
        return new Id<Meeting>(new Guid(bytes[..16]));
    }

    public async Task<ProposalOutcome> ProposeAsync(MeetingProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var meetingId = MeetingIdFor(request.DecisionId);
        var context = await _units.ReadAsync(store => ProposalContext.LoadAsync(store, request, meetingId, cancellationToken)).ConfigureAwait(false);
        if (context.Outcome is { } early)
        {
            MeetingsLog.ProposalSkipped(_logger, request.DecisionId, early);
            return early;
        }

        var zone = _composer.ProspectZone(context.Prospect!);
        var window = _slots.SearchWindow(context.Settings!);
        var live = await _units.ReadAsync(store => _slots.ReadLiveBusyAsync(store, context.OwnerId, context.Settings!, window, cancellationToken)).ConfigureAwait(false);
        var outcome = await _units.RunAsync((store, token) => DecideAsync(store, context, meetingId, zone, live, token), cancellationToken).ConfigureAwait(false);
        MeetingsLog.Proposed(_logger, request.DecisionId, meetingId.Value, outcome);
        return outcome;
    }

    private async Task<ProposalOutcome> DecideAsync(
        IAutoMeetStore store, ProposalContext context, Id<Meeting> meetingId, DateTimeZone zone, IReadOnlyList<BusyInterval> live, CancellationToken cancellationToken)
    {
        var settings = await OwnerLock.AcquireAsync(store, context.OwnerId, cancellationToken).ConfigureAwait(false);
        if (await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return ProposalOutcome.AlreadyHandled;
        }

        var now = _clock.GetCurrentInstant();
        var existing = await store.Meetings.ListByProspectAsync(context.Prospect!.Id, cancellationToken).ConfigureAwait(false);
        if (existing.Any(m => m.Status == MeetingStatus.AwaitingApproval || (m.Status == MeetingStatus.Scheduled && m.End > now)))
        {
            // Moving a meeting that is booked or being approved is the reschedule flow, not a new proposal.
            return ProposalOutcome.MeetingInProgress;
        }

        var superseded = existing.Where(m => m.Status == MeetingStatus.Proposed).ToList();
        var question = await _slots.BuildAsync(store, settings, zone, _slots.SearchWindow(settings), m => superseded.Exists(s => s.Id == m.Id), live, cancellationToken).ConfigureAwait(false);
        var free = _slots.Engine.GetSlots(question).Slots;
        var windows = MeetingSlots.ParseWindows(context.Decision!.OfferedWindowsJson);
        var count = _autoMeet.Value.MaxSlotsPerProposal;
        var preferences = new ProposalPreferences(zone, count);
        var inside = MeetingSlots.Inside(free, windows);
        var chosen = inside.Count > 0;
        var offer = chosen ? ProposalRanker.Choose(inside, preferences)
            : windows.Count > 0 ? MeetingSlots.Nearest(free, windows, count)
            : ProposalRanker.Choose(free, preferences);
        if (offer.Count == 0)
        {
            await NotifyOwnerAsync(store, context, "No free time to propose", $"{MeetingEmailComposer.ProspectName(context.Prospect)} wants to meet, but your calendar has no bookable time in the booking horizon. Reply to them yourself, or open up availability.", now, cancellationToken).ConfigureAwait(false);
            return ProposalOutcome.NoAvailability;
        }

        foreach (var old in superseded)
        {
            await MeetingAudit.MoveAsync(store, _clock, old, MeetingStatus.Declined, MeetingActor.Scheduler, "superseded by a newer reply", cancellationToken).ConfigureAwait(false);
        }

        var meeting = new Meeting
        {
            Id = meetingId,
            OwnerId = context.OwnerId,
            ProspectId = context.Prospect.Id,
            CampaignId = context.Campaign?.Id,
            ThreadId = context.Thread!.Id,
            CalendarAccountId = context.Thread.MailboxAccountId,
            Title = Title(context),
            Start = offer[0].Start,
            End = offer[0].End,
            ProspectTimeZoneId = zone.Id,
            Status = chosen ? MeetingStatus.AwaitingApproval : MeetingStatus.Proposed,
            HoldExpiresAt = chosen ? null : now + Duration.FromTimeSpan(_options.Value.ProposalHold),
        };

        if (!chosen)
        {
            // Every offered time is held (not only the first), and the e-mail lists exactly these.
            MeetingHolds.Hold(meeting, offer);
            var why = windows.Count > 0 ? "none of the offered times is free; nearest alternatives offered" : "times offered to the prospect";
            await MeetingAudit.AddAsync(store, _clock, meeting, MeetingActor.Scheduler, why, cancellationToken).ConfigureAwait(false);
            await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, windows.Count > 0 ? MeetingEmailKind.Alternatives : MeetingEmailKind.Proposal, meeting.Start, now, cancellationToken).ConfigureAwait(false);
            return windows.Count > 0 ? ProposalOutcome.AlternativesOffered : ProposalOutcome.TimesOffered;
        }

        var (mode, threshold) = Mode(context.Campaign);
        var confidence = context.Decision.Confidence;
        if (mode == ApprovalMode.Autonomous && confidence >= threshold)
        {
            await MeetingAudit.AddAsync(store, _clock, meeting, MeetingActor.Autonomous, "prospect chose a time; autonomous booking (confidence at or above the threshold)", cancellationToken).ConfigureAwait(false);
            await store.WorkQueue.EnqueueAsync(BookItem(meeting.Id, now), cancellationToken).ConfigureAwait(false);
            return ProposalOutcome.BookingQueued;
        }

        var reason = mode == ApprovalMode.Autonomous ? "prospect chose a time; confidence below the autonomous threshold, so the owner decides" : "prospect chose a time; the owner decides";
        await MeetingAudit.AddAsync(store, _clock, meeting, MeetingActor.Scheduler, reason, cancellationToken).ConfigureAwait(false);
        await ApprovalRequests.CreateAsync(store, _clock, meeting, confidence, Duration.FromTimeSpan(_options.Value.ApprovalLinkLifetime), cancellationToken).ConfigureAwait(false);
        return ProposalOutcome.ApprovalRequested;
    }

    internal static WorkItem BookItem(Id<Meeting> meetingId, Instant now) =>
        new() { Kind = MeetingWork.Book, Key = meetingId.ToString(), Payload = meetingId.ToString(), DueAt = now };

    private (ApprovalMode Mode, double Threshold) Mode(Campaign? campaign)
    {
        var options = _options.Value;
        var mode = campaign?.ApprovalMode is { } m && m != ApprovalMode.Inherit ? m : options.DefaultApprovalMode;
        var threshold = campaign?.AutonomousConfidenceThreshold ?? options.DefaultAutonomousConfidenceThreshold;
        return (mode, threshold);
    }

    private static string Title(ProposalContext context)
    {
        var owner = context.Account?.DisplayName;
        var prospect = MeetingEmailComposer.ProspectName(context.Prospect!);
        var company = string.IsNullOrWhiteSpace(context.Prospect!.Company) ? string.Empty : $" ({context.Prospect.Company.Trim()})";
        return string.IsNullOrWhiteSpace(owner) ? $"{prospect}{company}" : $"{owner.Trim()} / {prospect}{company}";
    }

    private static Task<bool> NotifyOwnerAsync(IAutoMeetStore store, ProposalContext context, string subject, string body, Instant now, CancellationToken cancellationToken) =>
        store.Notifications.EnqueueAsync(
            new Notification
            {
                OwnerId = context.OwnerId,
                Kind = "meeting.no-availability",
                Channel = NotificationChannel.Email,
                Subject = subject,
                Body = body,
                Payload = MeetingAudit.Json(("decisionId", context.Decision!.Id.ToString()), ("prospectId", context.Prospect!.Id.ToString())),
                DeduplicationKey = "meeting.no-availability:" + context.Decision.Id,
                DueAt = now,
            },
            cancellationToken);
}
