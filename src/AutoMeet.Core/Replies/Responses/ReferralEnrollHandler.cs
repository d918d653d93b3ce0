using AutoMeet.Work;

namespace AutoMeet.Replies.Responses;

/// <summary>Handles <see cref="ReplyDraftWork.ReferralEnroll"/>: adds and enrolls the person an approved referral points to.</summary>
internal sealed class ReferralEnrollHandler(ReferralEnroller enroller) : IWorkItemHandler
{
    public string Kind => ReplyDraftWork.ReferralEnroll;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        enroller.EnrollAsync(ReplyDraftHandlers.IdOf<ReplyDraft>(item), cancellationToken);
}
