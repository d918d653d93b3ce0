using AutoMeet.Replies.Pipeline;
using AutoMeet.Work;

namespace AutoMeet.Meetings.Changes;

/// <summary>Handles <see cref="MeetingChangeWork.FromReply"/>: the reply pipeline's hand-off of a reschedule or cancel reply (see <see cref="MeetingReplyChanges"/>).</summary>
internal sealed class MeetingReplyChangeHandler(MeetingReplyChanges changes) : IWorkItemHandler
{
    public string Kind => MeetingChangeWork.FromReply;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var request = ReplyJson.ReadProposal(item.Payload ?? throw new FormatException($"Work item {item.Id} of kind {item.Kind} has no payload."));
        return changes.HandleAsync(request, cancellationToken);
    }
}
