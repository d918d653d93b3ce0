using AutoMeet.Work;

namespace AutoMeet.Meetings;

/// <summary>Handles <see cref="MeetingWork.Book"/>: books an approved meeting (idempotent; a meeting no longer awaiting approval is left alone).</summary>
internal sealed class MeetingBookHandler(IMeetingBooker booker) : IWorkItemHandler
{
    public string Kind => MeetingWork.Book;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Guid.TryParse(item.Payload, out var meetingId))
        {
            throw new FormatException($"Work item {item.Id} of kind {item.Kind} does not name a meeting.");
        }

        return booker.BookAsync(new Id<Meetings.Meeting>(meetingId), cancellationToken);
    }
}
