using AutoMeet.Approvals;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>The cancellation processor.</summary>
internal sealed partial class MeetingChanges
{
    /// <summary>Cancels a meeting as <paramref name="plan"/> says (see <see cref="IMeetingChanges.CancelAsync"/>).</summary>
    internal async Task<MeetingChangeResult> CancelAsync(Id<Meeting> meetingId, CancelPlan plan, CancellationToken cancellationToken)
    {
        var result = await _units.RunAsync((store, token) => CommitCancelAsync(store, meetingId, plan, token), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != MeetingChangeOutcome.Cancelled)
        {
            return result;
        }

        MeetingChangesLog.Cancelled(_logger, meetingId.Value, plan.Reason);
        if (plan.CancelEvent)
        {
            await SyncEventQuietlyAsync(meetingId, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<MeetingChangeResult> CommitCancelAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancelPlan plan, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return new MeetingChangeResult(MeetingChangeOutcome.NotFound, null);
        }

        if (meeting.Status == MeetingStatus.Cancelled || !MeetingLifecycle.CanMove(meeting.Status, MeetingStatus.Cancelled))
        {
            var outcome = meeting.Status == MeetingStatus.Cancelled ? MeetingChangeOutcome.Unchanged : MeetingChangeOutcome.NotChangeable;
            return new MeetingChangeResult(outcome, meeting.Status) { Start = meeting.Start };
        }

        var now = _clock.GetCurrentInstant();
        var actor = plan.Actor(meeting);
        var hadEvent = meeting.CalendarEventId is not null;
        await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Cancelled, actor, plan.Reason, cancellationToken).ConfigureAwait(false);
        await LapseApprovalsAsync(store, meeting, now, cancellationToken).ConfigureAwait(false);
        if (plan.CancelEvent && hadEvent)
        {
            await MeetingEventSync.EnqueueAsync(store, meeting.Id, now, cancellationToken).ConfigureAwait(false);
        }

        if (plan.ProspectNote is { } note && meeting.ThreadId is not null)
        {
            await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, note, meeting.Start, now, cancellationToken).ConfigureAwait(false);
        }

        await NotifyOwnerAsync(store, meeting, "meeting.cancelled", plan.OwnerMessage, $"It was planned for {await OwnerTimeAsync(store, meeting, cancellationToken).ConfigureAwait(false)}.", cancellationToken).ConfigureAwait(false);
        await SettleEnrollmentAsync(store, meeting, actor.Kind == Compliance.ActorKind.Prospect, now, cancellationToken).ConfigureAwait(false);
        return new MeetingChangeResult(MeetingChangeOutcome.Cancelled, MeetingStatus.Cancelled) { Start = meeting.Start };
    }

    /// <summary>A pending approval of a cancelled meeting lapses: its links then show that it was handled, and nothing is booked.</summary>
    private async Task LapseApprovalsAsync(IAutoMeetStore store, Meeting meeting, Instant now, CancellationToken cancellationToken)
    {
        foreach (var request in await store.Approvals.ListByMeetingAsync(meeting.Id, cancellationToken).ConfigureAwait(false))
        {
            if (request.Status != ApprovalStatus.Pending)
            {
                continue;
            }

            request.Status = ApprovalStatus.Expired;
            request.DecidedAt = now;
            request.DecidedBy = "system";
            request.DecisionSource = "meeting cancelled";
            await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
            await MeetingAudit.RecordAsync(
                store, _clock, request.OwnerId, new MeetingActor(Compliance.ActorKind.System, "meeting-changes"), "approval.expired", nameof(ApprovalRequest), request.Id.ToString(),
                MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("source", request.DecisionSource)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops or resumes the prospect's enrollment in the meeting's campaign, per <see cref="MeetingOptions.EnrollmentAfterCancellation"/>.</summary>
    private async Task SettleEnrollmentAsync(IAutoMeetStore store, Meeting meeting, bool byProspect, Instant now, CancellationToken cancellationToken)
    {
        if (meeting.CampaignId is not { } campaignId
            || await store.Enrollments.FindAsync(campaignId, meeting.ProspectId, cancellationToken).ConfigureAwait(false) is not { } enrollment)
        {
            return;
        }

        string action;
        if (_options.Value.EnrollmentAfterCancellation == EnrollmentAfterCancellation.Resume)
        {
            // Only an enrollment the conversation itself stopped resumes: never one stopped by an unsubscribe, a bounce or by hand.
            if (enrollment.Status != EnrollmentStatus.Stopped || enrollment.StopReason is not (StopReason.Replied or StopReason.MeetingBooked or StopReason.CompanyReplied))
            {
                return;
            }

            enrollment.Status = EnrollmentStatus.Active;
            enrollment.StopReason = StopReason.None;
            enrollment.SnoozedUntil = null;
            enrollment.NextStepDueAt = now;
            action = "enrollment.resumed";
        }
        else
        {
            if (enrollment.Status is not (EnrollmentStatus.Active or EnrollmentStatus.Snoozed))
            {
                return;
            }

            enrollment.Status = EnrollmentStatus.Stopped;
            enrollment.StopReason = byProspect ? StopReason.Replied : StopReason.Manual;
            enrollment.SnoozedUntil = null;
            enrollment.NextStepDueAt = null;
            action = "enrollment.stopped";
        }

        await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, _clock, meeting.OwnerId, new MeetingActor(Compliance.ActorKind.System, "meeting-changes"), action, nameof(Enrollment), enrollment.Id.ToString(),
            MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("reason", "meeting cancelled")), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells the owner; a move's notice is keyed by its <paramref name="version"/>, so every real move is told once (see <see cref="MeetingChangeVersion"/>).</summary>
    private async Task NotifyOwnerAsync(IAutoMeetStore store, Meeting meeting, string kind, string what, string detail, CancellationToken cancellationToken, int? version = null)
    {
        var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var name = prospect is null ? "The prospect" : MeetingEmailComposer.ProspectName(prospect);
        var company = string.IsNullOrWhiteSpace(prospect?.Company) ? string.Empty : $" ({prospect.Company.Trim()})";
        var subject = kind == "meeting.cancelled" ? $"Meeting with {name} cancelled" : $"Meeting with {name} moved";
        await store.Notifications.EnqueueAsync(
            new Notification
            {
                OwnerId = meeting.OwnerId,
                Kind = kind,
                Channel = NotificationChannel.Email,
                Subject = subject,
                Body = $"{name}{company}: {what}. {detail}",
                Payload = MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("start", meeting.Start.ToString())),
                DeduplicationKey = version is { } v ? $"{kind}:{meeting.Id}:{meeting.Start.ToUnixTimeSeconds()}:v{v}" : $"{kind}:{meeting.Id}:{meeting.Start.ToUnixTimeSeconds()}",
                DueAt = _clock.GetCurrentInstant(),
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> OwnerTimeAsync(IAutoMeetStore store, Meeting meeting, CancellationToken cancellationToken)
    {
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        var zone = _zones.GetZoneOrNull(settings?.TimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        return MeetingTimeText.Format(meeting.Start, meeting.End, zone);
    }
}
