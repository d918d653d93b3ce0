using AutoMeet.Accounts;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Reads a mailbox's new messages from its stored history cursor and runs each reply in a tracked thread through the
/// reply pipeline: quote stripping, hard signals, classifier, availability extractor, actions, and one stored
/// <see cref="ReplyDecision"/> per message.
/// </summary>
/// <remarks>
/// Safe for concurrent use. A reply is processed once however often it is seen: the decision is unique per message
/// and is stored in the same store transaction as the actions it records. The cursor
/// (<see cref="MailboxAccount.HistoryCursor"/>) advances only when every message it covers was stored.
/// </remarks>
public interface IReplyProcessor
{
    /// <summary>Processes the messages that arrived in one mailbox since its stored cursor.</summary>
    /// <param name="accountId">The mailbox account.</param>
    /// <param name="cancellationToken">Cancels the run; work already committed stays committed.</param>
    /// <returns>What the run saw and did.</returns>
    /// <exception cref="KeyNotFoundException">The account does not exist.</exception>
    Task<ReplyProcessingResult> ProcessAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken = default);
}
