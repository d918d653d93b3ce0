using System.Globalization;
using System.Text.Json;
using AutoMeet.Approvals;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Asks the owner, through the existing signed approval links, whether a booked meeting may move to the time the
/// prospect asked for: an <see cref="ApprovalRequest"/> of the booked meeting whose <see cref="ApprovalRequest.SuggestedStart"/>
/// is the new start. Approving queues the move (<see cref="MeetingChangeWork.ApprovedMove"/>), which re-checks the
/// slot like any move; declining leaves the meeting as booked. An unanswered request lapses with the timeout job.
/// </summary>
internal sealed class MeetingMoveApprovals(MeetingTransactions units, IClock clock, IOptions<MeetingOptions> options)
{
    /// <summary>Asks the owner; an older pending move request of the meeting lapses (the newest reply wins).</summary>
    /// <returns><see langword="false"/> when the meeting is no longer booked.</returns>
    public Task<bool> RequestAsync(Id<Meeting> meetingId, Instant start, double confidence, CancellationToken cancellationToken) =>
        units.RunAsync(
            async (store, token) =>
            {
                var meeting = await store.Meetings.FindAsync(meetingId, token).ConfigureAwait(false);
                if (meeting is not { Status: MeetingStatus.Scheduled })
                {
                    return false;
                }

                var now = clock.GetCurrentInstant();
                var existing = await store.Approvals.ListByMeetingAsync(meetingId, token).ConfigureAwait(false);
                foreach (var older in existing)
                {
                    if (older.Status == ApprovalStatus.Pending)
                    {
                        older.Status = ApprovalStatus.Expired;
                        older.DecidedAt = now;
                        older.DecidedBy = "system";
                        older.DecisionSource = "superseded by a newer request";
                        await store.Approvals.UpdateAsync(older, token).ConfigureAwait(false);
                    }
                }

                var request = await ApprovalRequests.CreateAsync(store, clock, meeting, confidence, Duration.FromTimeSpan(options.Value.ApprovalLinkLifetime), token).ConfigureAwait(false);
                if (existing.Any(a => a.ExpiresAt == request.ExpiresAt))
                {
                    // The e-mail's reference is the expiry: within the same second as the booking's own request, it would be taken for that one's.
                    while (existing.Any(a => a.ExpiresAt == request.ExpiresAt))
                    {
                        request.ExpiresAt += Duration.FromSeconds(1);
                    }

                    request.TokenHash = ApprovalTokens.Key(request.Id, request.OwnerId, request.ExpiresAt);
                    await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.ApprovalRequest, request.ExpiresAt, now, token).ConfigureAwait(false);
                }

                request.SuggestedStart = start;
                await store.Approvals.UpdateAsync(request, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>Whether an approval request is about moving a booked meeting rather than booking it.</summary>
    /// <remarks>
    /// <see cref="ApprovalRequest.SuggestedStart"/> has two uses, told apart without a schema change: on a request of a
    /// booked meeting it is the start the prospect asked to move to; on a booking request the owner answered with
    /// Suggest-another-time (<see cref="ApprovalStatus.AlternativeSuggested"/>) it is the owner's alternative, and
    /// such a request stays a booking request even once that alternative is booked.
    /// </remarks>
    public static bool IsMove(ApprovalRequest request, Meeting? meeting) =>
        request.SuggestedStart is not null && request.Status != ApprovalStatus.AlternativeSuggested && meeting is { Status: MeetingStatus.Scheduled };

    /// <summary>Records the owner's decision on a move request in the caller's transaction; an approval queues the move.</summary>
    public static async Task<ApprovalLinkResult> DecideAsync(
        IAutoMeetStore store, IClock clock, ApprovalRequest request, Meeting meeting, ApprovalDecision decision, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var status = decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Declined;
        request.Status = status;
        request.DecidedAt = now;
        request.DecidedBy = request.OwnerId.Value;
        request.DecisionSource = source.Length > 200 ? source[..200] : source;
        await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, clock, request.OwnerId, MeetingActor.Owner(request.OwnerId), status == ApprovalStatus.Approved ? "approval.approved" : "approval.declined", nameof(ApprovalRequest), request.Id.ToString(),
            MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("move", request.SuggestedStart.ToString()), ("source", request.DecisionSource)), cancellationToken).ConfigureAwait(false);
        if (status == ApprovalStatus.Approved)
        {
            var payload = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["meetingId"] = meeting.Id.Value.ToString("D"),
                ["start"] = InstantPattern.ExtendedIso.Format(request.SuggestedStart!.Value),
            });
            await store.WorkQueue.EnqueueAsync(new WorkItem { Kind = MeetingChangeWork.ApprovedMove, Key = request.Id.ToString(), Payload = payload, DueAt = now }, cancellationToken).ConfigureAwait(false);
        }

        return new ApprovalLinkResult(decision == ApprovalDecision.Approve ? ApprovalLinkOutcome.Approved : ApprovalLinkOutcome.Declined) { RequestStatus = status };
    }

    /// <summary>Reads an <see cref="MeetingChangeWork.ApprovedMove"/> payload.</summary>
    /// <exception cref="FormatException">The payload is not a move.</exception>
    public static (Id<Meeting> MeetingId, Instant Start) ReadMove(string? payload)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(payload ?? string.Empty) ?? throw new FormatException("The meeting move payload is empty.");
            return (new Id<Meeting>(Guid.Parse(values["meetingId"], CultureInfo.InvariantCulture)), InstantPattern.ExtendedIso.Parse(values["start"]).GetValueOrThrow());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or ArgumentException or UnparsableValueException)
        {
            throw new FormatException("The meeting move payload is not valid.", ex);
        }
    }
}
