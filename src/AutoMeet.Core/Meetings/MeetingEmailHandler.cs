using AutoMeet.Work;

namespace AutoMeet.Meetings;

/// <summary>Handles <see cref="MeetingWork.Email"/>: sends one scheduler e-mail exactly once (see <see cref="MeetingMailer"/>).</summary>
internal sealed class MeetingEmailHandler(MeetingMailer mailer) : IWorkItemHandler
{
    public string Kind => MeetingWork.Email;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return mailer.SendAsync(MeetingEmailRequest.Parse(item.Payload), cancellationToken);
    }
}
