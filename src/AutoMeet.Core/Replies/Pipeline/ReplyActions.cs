using AutoMeet.Messaging;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// The actions the pipeline takes on a decided reply, all through one <see cref="IAutoMeetStore"/> inside the caller's
/// transaction (the decision is stored in the same transaction, so they happen once). Each action is idempotent: it
/// reads the current state and changes only what is not yet changed.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Real replies</b> (question, interested, not interested, objection, referral, reschedule, cancel): the
/// thread's enrollment stops (<see cref="StopReason.Replied"/>) and its pending outbox rows are cancelled; an
/// <see cref="EmailEventKind.Replied"/> event is recorded with the step replied to.</item>
/// <item><b>Company reply</b>: when the enrollment's sequence has <see cref="OutreachSequence.StopOnCompanyReply"/>, every
/// live enrollment of the same campaign whose prospect shares the replier's e-mail domain stops too
/// (<see cref="StopReason.CompanyReplied"/>), except for public mail domains (gmail.com, outlook.com …). This applies to
/// every human reply, including unsubscribe requests and timing objections.</item>
/// <item><b>Out of office</b>: not a reply. An active enrollment is snoozed until the start of the day after the return
/// date in the prospect's zone (7 days after the received date when none is stated), and its pending rows are
/// cancelled so the planner re-plans after the snooze.</item>
/// <item><b>Timing objection with a stated period</b> ("ask me in Q3", "next month": see <see cref="TimingPeriodParser"/>):
/// snoozed until the start of that day instead of stopped; without a period it stops like any other reply.</item>
/// <item><b>Bounce</b>: stopped (<see cref="StopReason.Bounced"/>), a <see cref="EmailEventKind.Bounced"/> event; the
/// address is suppressed before the transaction (see <see cref="ReplyProcessor"/>).</item>
/// <item><b>Unsubscribe</b>: every live enrollment of the prospect, in every campaign, stops
/// (<see cref="StopReason.Unsubscribed"/>), an <see cref="EmailEventKind.Unsubscribed"/> event; the suppression, its
/// <c>prospect.unsubscribed</c> domain event (only when the address was not suppressed yet) and its audit entry are
/// written before the transaction.</item>
/// <item><b>Referral</b>: stopped as a reply, and the owner is notified with the referred address when the reply holds
/// one. Nobody is enrolled automatically: a referred person is contacted only after the owner approves.</item>
/// <item><b>Interested, with meeting intent</b>: stopped as a reply, a <see cref="ReplyWork.MeetingPropose"/> work item
/// (key: the message id) for the meeting scheduler, and an owner notification.</item>
/// <item><b>Reschedule / cancel</b>: stopped as a reply, a <see cref="Meetings.Changes.MeetingChangeWork.FromReply"/> work item
/// (key: the message id) for the reschedule handler or the cancellation processor, and an owner notification.</item>
/// </list>
/// Paused, completed or stopped enrollments are never resumed or snoozed; pending rows are cancelled whenever an
/// enrollment is stopped or snoozed.
/// </remarks>
internal sealed partial class ReplyActions(IClock clock)
{
    /// <summary>The snooze after an out-of-office reply that states no return date.</summary>
    public static readonly Period DefaultAwaySnooze = Period.FromDays(7);

    private static readonly Duration MaxSnooze = Duration.FromDays(550);

    /// <summary>Applies the actions of <paramref name="analysis"/>, writing one line per action to <paramref name="log"/>.</summary>
    /// <returns>The enrollment acted on, if the thread has one.</returns>
    public async Task<Enrollment?> ApplyAsync(
        IAutoMeetStore store, ReplyContext context, ReplyAnalysis analysis, Id<ReplyDecision> decisionId, List<string> log, CancellationToken cancellationToken)
    {
        var classification = analysis.Classification;
        var enrollment = context.Thread.CampaignId is { } campaignId
            ? await store.Enrollments.FindAsync(campaignId, context.Thread.ProspectId, cancellationToken).ConfigureAwait(false)
            : null;
        if (enrollment is null)
        {
            log.Add("no enrollment");
        }

        switch (classification.Label)
        {
            case ReplyLabel.Bounce:
                await StopAsync(store, enrollment, StopReason.Bounced, log, cancellationToken).ConfigureAwait(false);
                await RecordEventAsync(store, context, enrollment, EmailEventKind.Bounced, string.Join(',', classification.Reasons), log, cancellationToken).ConfigureAwait(false);
                break;

            case ReplyLabel.Unsubscribe:
                await StopEverywhereAsync(store, context, enrollment, log, cancellationToken).ConfigureAwait(false);
                await RecordEventAsync(store, context, enrollment, EmailEventKind.Unsubscribed, null, log, cancellationToken).ConfigureAwait(false);
                await StopCompanyAsync(store, context, enrollment, log, cancellationToken).ConfigureAwait(false);
                break;

            case ReplyLabel.OutOfOffice:
                await SnoozeAsync(store, enrollment, AwayUntil(context, classification.ReturnDate), "out of office", log, cancellationToken).ConfigureAwait(false);
                break;

            case ReplyLabel.Objection when classification.Objection == ObjectionType.Timing && analysis.ResumeOn is { } resumeOn:
                await SnoozeAsync(store, enrollment, Clamp(context, resumeOn.AtStartOfDayInZone(context.ProspectZone).ToInstant()), "timing objection", log, cancellationToken).ConfigureAwait(false);
                await RecordReplyAsync(store, context, enrollment, classification, log, cancellationToken).ConfigureAwait(false);
                await QueueDraftAsync(store, context, classification, decisionId, log, cancellationToken).ConfigureAwait(false);
                break;

            default:
                await StopAsync(store, enrollment, StopReason.Replied, log, cancellationToken).ConfigureAwait(false);
                await RecordReplyAsync(store, context, enrollment, classification, log, cancellationToken).ConfigureAwait(false);
                await HandOffAsync(store, context, analysis, enrollment, decisionId, log, cancellationToken).ConfigureAwait(false);
                await QueueDraftAsync(store, context, classification, decisionId, log, cancellationToken).ConfigureAwait(false);
                break;
        }

        return enrollment;
    }

    private static async Task RecordReplyAsync(
        IAutoMeetStore store, ReplyContext context, Enrollment? enrollment, ReplyClassification classification, List<string> log, CancellationToken cancellationToken)
    {
        await RecordEventAsync(store, context, enrollment, EmailEventKind.Replied, classification.Label.ToWireName(), log, cancellationToken).ConfigureAwait(false);
        await StopCompanyAsync(store, context, enrollment, log, cancellationToken).ConfigureAwait(false);
    }

    private Task HandOffAsync(
        IAutoMeetStore store, ReplyContext context, ReplyAnalysis analysis, Enrollment? enrollment, Id<ReplyDecision> decisionId, List<string> log, CancellationToken cancellationToken) =>
        analysis.Classification switch
        {
            { Label: ReplyLabel.Referral } => NotifyReferralAsync(store, context, analysis.ReferredAddress, log, cancellationToken),
            { Label: ReplyLabel.InterestedMeeting, MeetingIntent: true } => ProposeMeetingAsync(store, context, analysis, enrollment, decisionId, log, cancellationToken),
            { Label: ReplyLabel.Reschedule or ReplyLabel.Cancel } => ChangeMeetingAsync(store, context, analysis.Classification.Label, enrollment, decisionId, log, cancellationToken),
            _ => Task.CompletedTask,
        };

    /// <summary>The start of the day after the return date in the prospect's zone, or 7 days after the received date.</summary>
    private Instant AwayUntil(ReplyContext context, LocalDate? returnDate)
    {
        var zone = context.ProspectZone;
        var fallback = context.Email.ReceivedAt.InZone(zone).Date.Plus(DefaultAwaySnooze).AtStartOfDayInZone(zone).ToInstant();
        var until = returnDate is { } date ? date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() : fallback;
        return until <= clock.GetCurrentInstant() ? fallback : Clamp(context, until);
    }

    private static Instant Clamp(ReplyContext context, Instant until)
    {
        var latest = context.Email.ReceivedAt + MaxSnooze;
        return until > latest ? latest : until;
    }
}
