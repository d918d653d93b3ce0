using AutoMeet.Approvals;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Creates, renews and decides approval requests inside the caller's transaction, with their audit entries and e-mails.</summary>
internal static class ApprovalRequests
{
    public static async Task<ApprovalRequest> CreateAsync(IAutoMeetStore store, IClock clock, Meeting meeting, double? confidence, Duration lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var request = new ApprovalRequest
        {
            MeetingId = meeting.Id,
            OwnerId = meeting.OwnerId,
            Confidence = confidence,
            ExpiresAt = ApprovalTokens.Expiry(now + lifetime),
        };
        request.TokenHash = ApprovalTokens.Key(request.Id, request.OwnerId, request.ExpiresAt);
        await store.Approvals.AddAsync(request, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, clock, meeting.OwnerId, MeetingActor.Scheduler, "approval.requested", nameof(ApprovalRequest), request.Id.ToString(),
            MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("expiresAt", request.ExpiresAt.ToString())), cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.ApprovalRequest, request.ExpiresAt, now, cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>Gives the request fresh links (new expiry, new key; the old links are dead) and queues a reminder.</summary>
    public static async Task RenewAsync(IAutoMeetStore store, IClock clock, ApprovalRequest request, Duration lifetime, int reminder, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        request.ExpiresAt = ApprovalTokens.Expiry(now + lifetime);
        request.TokenHash = ApprovalTokens.Key(request.Id, request.OwnerId, request.ExpiresAt);
        await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, clock, request.OwnerId, MeetingActor.Timeout, "approval.reminded", nameof(ApprovalRequest), request.Id.ToString(),
            MeetingAudit.Json(("reminder", reminder.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("expiresAt", request.ExpiresAt.ToString())), cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, request.MeetingId, MeetingEmailKind.ApprovalReminder, request.ExpiresAt, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a decision: the request's status and history, and for an approval the queued booking, for a decline
    /// (or an expiry) the meeting declined and its slot released.
    /// </summary>
    public static async Task DecideAsync(
        IAutoMeetStore store, IClock clock, ApprovalRequest request, Meeting meeting, ApprovalStatus status, MeetingActor actor, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        request.Status = status;
        request.DecidedAt = now;
        request.DecidedBy = actor.Kind == Compliance.ActorKind.User ? actor.Id : actor.Id == MeetingActor.Timeout.Id ? "timeout" : "system";
        request.DecisionSource = source.Length > 200 ? source[..200] : source;
        await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
        var action = status switch
        {
            ApprovalStatus.Approved => "approval.approved",
            ApprovalStatus.Declined => "approval.declined",
            _ => "approval.expired",
        };
        await MeetingAudit.RecordAsync(
            store, clock, request.OwnerId, actor, action, nameof(ApprovalRequest), request.Id.ToString(),
            MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("source", request.DecisionSource)), cancellationToken).ConfigureAwait(false);

        if (status == ApprovalStatus.Approved)
        {
            await store.WorkQueue.EnqueueAsync(MeetingScheduler.BookItem(meeting.Id, now), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var reason = status == ApprovalStatus.Declined ? "the owner declined" : "the approval request expired";
            await MeetingAudit.MoveAsync(store, clock, meeting, MeetingStatus.Declined, actor, reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
