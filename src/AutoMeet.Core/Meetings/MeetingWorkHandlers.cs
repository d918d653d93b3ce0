using AutoMeet.Replies.Pipeline;
using AutoMeet.Work;

namespace AutoMeet.Meetings;

/// <summary>Handles <c>meeting.propose</c>: the reply pipeline's hand-off (see <see cref="MeetingScheduler"/>).</summary>
internal sealed class MeetingProposeHandler(MeetingScheduler scheduler) : IWorkItemHandler
{
    public string Kind => ReplyWork.MeetingPropose;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var request = ReplyJson.ReadProposal(item.Payload ?? throw new FormatException($"Work item {item.Id} of kind {item.Kind} has no payload."));
        return scheduler.ProposeAsync(request, cancellationToken);
    }
}
