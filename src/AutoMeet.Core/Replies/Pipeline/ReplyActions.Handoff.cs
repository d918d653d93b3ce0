using System.Globalization;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Events, owner notifications and the hand-off to the meeting scheduler.</summary>
internal sealed partial class ReplyActions
{
    private static async Task RecordEventAsync(
        IAutoMeetStore store, ReplyContext context, Enrollment? enrollment, EmailEventKind kind, string? detail, List<string> log, CancellationToken cancellationToken)
    {
        var step = enrollment is null ? null : await StepRepliedToAsync(store, enrollment, context.Email, cancellationToken).ConfigureAwait(false);
        await Events.DomainEventRecorder.AddEmailEventAsync(
            store,
            new EmailEvent
            {
                Kind = kind,
                OccurredAt = context.Email.ReceivedAt,
                CampaignId = context.Thread.CampaignId,
                ProspectId = context.Thread.ProspectId,
                EnrollmentId = enrollment?.Id,
                MessageId = context.Message.Id,
                StepPosition = step,
                Variant = enrollment?.Variant,
                Detail = string.IsNullOrEmpty(detail) ? null : detail,
            },
            cancellationToken).ConfigureAwait(false);
        log.Add("event recorded: " + kind.ToString().ToLowerInvariant());
    }

    /// <summary>The step whose e-mail the reply answers (by In-Reply-To), else the last step sent.</summary>
    private static async Task<int?> StepRepliedToAsync(IAutoMeetStore store, Enrollment enrollment, InboundEmail email, CancellationToken cancellationToken)
    {
        var rows = await store.Outbox.ListByEnrollmentAsync(enrollment.Id, cancellationToken).ConfigureAwait(false);
        var sent = rows.Where(r => r.Status == OutboxStatus.Sent).ToList();
        var answered = email.InReplyTo is { } inReplyTo
            ? sent.Find(r => string.Equals(r.SentRfcMessageId ?? r.RfcMessageId, inReplyTo, StringComparison.Ordinal) || string.Equals(r.RfcMessageId, inReplyTo, StringComparison.Ordinal))
            : null;
        return answered?.StepPosition ?? (sent.Count > 0 ? sent.Max(r => r.StepPosition) : null);
    }

    private async Task NotifyReferralAsync(IAutoMeetStore store, ReplyContext context, string? referredAddress, List<string> log, CancellationToken cancellationToken)
    {
        var whom = referredAddress is null ? "someone else (the reply gives no address)" : referredAddress;
        var body = $"{context.ProspectName}{AtCompany(context)} replied pointing you to {whom}. Nobody new is contacted automatically: "
            + "add and enroll the referred person only if you approve.";
        await NotifyAsync(
            store, context, ReplyWork.ReferralNotification, $"Referral from {context.ProspectName}", body,
            ReplyJson.Flat(("messageId", context.Message.Id.ToString()), ("threadId", context.Thread.Id.ToString()), ("prospectId", context.Thread.ProspectId.ToString()), ("referredEmail", referredAddress)),
            log, cancellationToken).ConfigureAwait(false);
    }

    private async Task ProposeMeetingAsync(
        IAutoMeetStore store, ReplyContext context, ReplyAnalysis analysis, Enrollment? enrollment, Id<ReplyDecision> decisionId, List<string> log, CancellationToken cancellationToken)
    {
        var request = new MeetingProposalRequest(
            decisionId.Value, context.Message.Id.Value, context.Thread.Id.Value, context.Thread.ProspectId.Value, context.Thread.CampaignId?.Value, enrollment?.Id.Value);
        var item = new WorkItem { Kind = ReplyWork.MeetingPropose, Key = context.Message.Id.ToString(), Payload = ReplyJson.Proposal(request), DueAt = clock.GetCurrentInstant() };
        log.Add(await store.WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false) ? "meeting proposal queued" : "meeting proposal already queued");

        var times = analysis.Windows.Count == 0 ? "no times offered yet" : string.Create(CultureInfo.InvariantCulture, $"{analysis.Windows.Count} time window(s) offered");
        var now = clock.GetCurrentInstant();
        var booked = (await store.Meetings.ListByProspectAsync(context.Thread.ProspectId, cancellationToken).ConfigureAwait(false))
            .Any(m => (m.Status == Meetings.MeetingStatus.Scheduled && m.End > now) || m.Status == Meetings.MeetingStatus.AwaitingApproval);

        // With a meeting already booked (or awaiting approval), the reply is routed to the move flow, not to a new proposal.
        var (subject, body) = booked
            ? ($"{context.ProspectName} replied about your meeting",
                $"{context.ProspectName}{AtCompany(context)} replied with interest while a meeting with them is already booked or awaiting your approval ({times}). AutoMeet moves it if the reply picks another time, by the campaign's approval rules, and tells you; otherwise the meeting stays as it is.")
            : ($"{context.ProspectName} wants to meet",
                $"{context.ProspectName}{AtCompany(context)} agreed to a meeting ({times}). AutoMeet is preparing a proposal from your calendar.");
        await NotifyAsync(
            store, context, ReplyWork.MeetingIntentNotification, subject,
            body,
            ReplyJson.Flat(("messageId", context.Message.Id.ToString()), ("threadId", context.Thread.Id.ToString()), ("prospectId", context.Thread.ProspectId.ToString())),
            log, cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeMeetingAsync(
        IAutoMeetStore store, ReplyContext context, ReplyLabel label, Enrollment? enrollment, Id<ReplyDecision> decisionId, List<string> log, CancellationToken cancellationToken)
    {
        var request = new MeetingProposalRequest(
            decisionId.Value, context.Message.Id.Value, context.Thread.Id.Value, context.Thread.ProspectId.Value, context.Thread.CampaignId?.Value, enrollment?.Id.Value);
        var item = new WorkItem { Kind = Meetings.Changes.MeetingChangeWork.FromReply, Key = context.Message.Id.ToString(), Payload = ReplyJson.Proposal(request), DueAt = clock.GetCurrentInstant() };
        log.Add(await store.WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false) ? "meeting change queued" : "meeting change already queued");
        await NotifyMeetingChangeAsync(store, context, label, log, cancellationToken).ConfigureAwait(false);
    }

    private Task NotifyMeetingChangeAsync(IAutoMeetStore store, ReplyContext context, ReplyLabel label, List<string> log, CancellationToken cancellationToken)
    {
        var what = label == ReplyLabel.Cancel ? "cancelled the meeting" : "asked to move the meeting";
        return NotifyAsync(
            store, context, ReplyWork.MeetingChangeNotification, $"{context.ProspectName} {what}",
            $"{context.ProspectName}{AtCompany(context)} {what}. Review the thread and the calendar.",
            ReplyJson.Flat(("messageId", context.Message.Id.ToString()), ("threadId", context.Thread.Id.ToString()), ("label", label.ToWireName())),
            log, cancellationToken);
    }

    private async Task NotifyAsync(
        IAutoMeetStore store, ReplyContext context, string kind, string subject, string body, string payload, List<string> log, CancellationToken cancellationToken)
    {
        var notification = new Notification
        {
            OwnerId = context.Account.OwnerId,
            Kind = kind,
            Channel = NotificationChannel.Email,
            Subject = subject,
            Body = body,
            Payload = payload,
            DeduplicationKey = $"{kind}:{context.Message.Id}",
            DueAt = clock.GetCurrentInstant(),
        };
        var queued = await store.Notifications.EnqueueAsync(notification, cancellationToken).ConfigureAwait(false);
        log.Add($"owner notified: {kind}{(queued ? string.Empty : " (already queued)")}");
    }

    private static string AtCompany(ReplyContext context) =>
        string.IsNullOrWhiteSpace(context.Prospect?.Company) ? string.Empty : $" ({context.Prospect.Company})";
}
