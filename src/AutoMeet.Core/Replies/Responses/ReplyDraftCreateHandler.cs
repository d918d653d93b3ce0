using AutoMeet.Work;

namespace AutoMeet.Replies.Responses;

/// <summary>Handles <see cref="ReplyDraftWork.Create"/>: writes the draft answering a reply decision.</summary>
internal sealed class ReplyDraftCreateHandler(ReplyDrafter drafter) : IWorkItemHandler
{
    public string Kind => ReplyDraftWork.Create;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        drafter.CreateAsync(ReplyDraftHandlers.IdOf<ReplyDecision>(item), cancellationToken);
}
