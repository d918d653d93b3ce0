using AutoMeet.Work;

namespace AutoMeet.Replies.Responses;

/// <summary>Handles <see cref="ReplyDraftWork.ApprovalEmail"/>: e-mails the owner a pending draft with its links.</summary>
internal sealed class ReplyDraftApprovalEmailHandler(ReplyDraftOwnerMailer mailer) : IWorkItemHandler
{
    public string Kind => ReplyDraftWork.ApprovalEmail;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        mailer.SendAsync(ReplyDraftHandlers.IdOf<ReplyDraft>(item), cancellationToken);
}
