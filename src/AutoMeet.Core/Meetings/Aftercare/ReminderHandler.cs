using AutoMeet.Work;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>Handles <see cref="AftercareWork.Reminder"/>: sends one reminder at its moment, exactly once (see <see cref="MeetingReminders"/>).</summary>
internal sealed class ReminderHandler(MeetingReminders reminders) : IWorkItemHandler
{
    public string Kind => AftercareWork.Reminder;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return reminders.SendAsync(item.Payload, cancellationToken);
    }
}
