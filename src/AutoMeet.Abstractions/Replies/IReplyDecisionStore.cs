using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;

namespace AutoMeet.Replies;

/// <summary>Stores the reply pipeline's decisions. Adding a second decision for the same message throws <see cref="DuplicateEntityException"/>.</summary>
public interface IReplyDecisionStore : IEntityStore<ReplyDecision>
{
    /// <summary>Finds the decision about one message.</summary>
    /// <param name="messageId">The inbound message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The decision, or <see langword="null"/> if the message was not processed.</returns>
    Task<ReplyDecision?> FindByMessageAsync(Id<EmailMessage> messageId, CancellationToken cancellationToken = default);

    /// <summary>Lists the decisions about a prospect's replies, oldest first.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The decisions.</returns>
    Task<IReadOnlyList<ReplyDecision>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);
}
