using AutoMeet.Work;

namespace AutoMeet.Meetings.Changes;

/// <summary>Handles <see cref="MeetingChangeWork.SyncEvent"/>: patches or cancels a changed meeting's calendar event (idempotent).</summary>
internal sealed class MeetingEventSyncHandler(MeetingEventSync events) : IWorkItemHandler
{
    public string Kind => MeetingChangeWork.SyncEvent;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Guid.TryParse(item.Payload, out var meetingId))
        {
            throw new FormatException($"Work item {item.Id} of kind {item.Kind} does not name a meeting.");
        }

        return events.SyncAsync(new Id<Meeting>(meetingId), cancellationToken);
    }
}
