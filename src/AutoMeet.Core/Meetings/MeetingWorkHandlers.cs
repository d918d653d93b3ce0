using AutoMeet.Replies.Pipeline;
using AutoMeet.Work;

namespace AutoMeet.Meetings;

/// <summary>
/// Handles <c>meeting.propose</c>: the reply pipeline's hand-off (see <see cref="MeetingScheduler"/>). A reply about
/// moving the prospect's booked meeting (an answer to the other times they were offered, or times with words of
/// moving) goes to the reschedule handler instead (see <see cref="Changes.MoveReplyRouting"/>).
/// </summary>
internal sealed class MeetingProposeHandler(MeetingScheduler scheduler, Changes.MeetingReplyChanges changes) : IWorkItemHandler
{
    public string Kind => ReplyWork.MeetingPropose;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var request = ReplyJson.ReadProposal(item.Payload ?? throw new FormatException($"Work item {item.Id} of kind {item.Kind} has no payload."));
        if (await changes.TryMoveAsync(request, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await scheduler.ProposeAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
