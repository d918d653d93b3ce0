namespace AutoMeet.Replies.Responses;

/// <summary>
/// Handles the owner's signed reply-draft links. Opening a link (<see cref="InspectAsync"/>) shows the draft and decides
/// nothing (mail scanners open links before people do); <see cref="DecideAsync"/> is the button on the page.
/// </summary>
/// <remarks>
/// Safe for concurrent use. Links expire and are single-use per draft: the first decision wins; any later use of either
/// link, including a racing second click, shows the outcome and changes nothing. A draft is sent at most once.
/// </remarks>
public interface IReplyDraftApprovals
{
    /// <summary>Checks a link without acting on it.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="ReplyDraftLinkOutcome.Pending"/> with the draft and the decision the link offers, or why it cannot be used.</returns>
    Task<ReplyDraftLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Decides a draft through its link; an approval sends it straight away (the work queue retries a failed send).</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="decision">The decision; it must be the one the link was signed for.</param>
    /// <param name="clientAddress">Where the decision came from (for example the client's IP address), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<ReplyDraftLinkResult> DecideAsync(string? token, ReplyDraftDecision decision, string? clientAddress, CancellationToken cancellationToken = default);
}
