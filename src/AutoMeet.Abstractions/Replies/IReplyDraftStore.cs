using AutoMeet.Prospects;
using AutoMeet.Storage;

namespace AutoMeet.Replies;

/// <summary>
/// Stores reply drafts. A decision has at most one draft and a token hash is unique (adding a second throws
/// <see cref="DuplicateEntityException"/>). Deleting the prospect, the thread or the decision deletes its drafts.
/// </summary>
public interface IReplyDraftStore : IEntityStore<ReplyDraft>
{
    /// <summary>Finds the draft answering a reply decision.</summary>
    /// <param name="decisionId">The decision.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The draft, or <see langword="null"/>.</returns>
    Task<ReplyDraft?> FindByDecisionAsync(Id<ReplyDecision> decisionId, CancellationToken cancellationToken = default);

    /// <summary>Finds a draft by the hash of its approval links' key.</summary>
    /// <param name="tokenHash">The hash.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The draft, or <see langword="null"/>.</returns>
    Task<ReplyDraft?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Lists a prospect's drafts, oldest first.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The drafts.</returns>
    Task<IReadOnlyList<ReplyDraft>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redacts the text of up to <paramref name="maxItems"/> finished drafts (<see cref="ReplyDraftStatus.Sent"/>,
    /// <see cref="ReplyDraftStatus.Rejected"/> or <see cref="ReplyDraftStatus.Expired"/>) created before
    /// <paramref name="createdBefore"/>, oldest first: the retention of message content. <see cref="ReplyDraft.Body"/>
    /// becomes empty and <see cref="ReplyDraft.ReferredEmail"/> <see langword="null"/> (the redacted state); the subject,
    /// Message-ID, status and decision fields stay. Pending and approved (not yet sent) drafts are never touched.
    /// </summary>
    /// <param name="createdBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most drafts redacted by this call (1 to <see cref="Work.LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many drafts were redacted (those already redacted are not counted).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> RedactTextsAsync(NodaTime.Instant createdBefore, int maxItems, CancellationToken cancellationToken = default);
}
