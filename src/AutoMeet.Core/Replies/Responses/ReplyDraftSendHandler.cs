using AutoMeet.Work;

namespace AutoMeet.Replies.Responses;

/// <summary>Handles <see cref="ReplyDraftWork.Send"/>: sends an approved draft exactly once.</summary>
internal sealed class ReplyDraftSendHandler(ReplyDraftSender sender) : IWorkItemHandler
{
    public string Kind => ReplyDraftWork.Send;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        sender.SendAsync(ReplyDraftHandlers.IdOf<ReplyDraft>(item), cancellationToken);
}
