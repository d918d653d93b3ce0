using AutoMeet.Storage;
using AutoMeet.Work;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Handles <see cref="MeetingChangeWork.ApprovedMove"/>: moves the meeting the owner approved moving (the slot is
/// re-checked); when the time was taken meanwhile, the prospect is offered other times.
/// </summary>
internal sealed class MeetingMoveHandler(MeetingChanges changes, MeetingTransactions units, NodaTime.IClock clock) : IWorkItemHandler
{
    public string Kind => MeetingChangeWork.ApprovedMove;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var (meetingId, start) = MeetingMoveApprovals.ReadMove(item.Payload);
        var result = await changes.RescheduleAsync(meetingId, start, m => MeetingActor.Owner(m.OwnerId), "the owner approved the prospect's request by link", cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: MeetingChangeOutcome.SlotUnavailable })
        {
            await units.RunAsync(
                async (store, token) => await store.Meetings.FindAsync(meetingId, token).ConfigureAwait(false) is { Status: MeetingStatus.Scheduled } meeting
                    && await RescheduleOffers.OfferAsync(store, clock, meeting, "approval:" + item.Key, MeetingActor.Scheduler, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
