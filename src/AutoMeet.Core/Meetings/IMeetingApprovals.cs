namespace AutoMeet.Meetings;

/// <summary>
/// Handles the owner's signed approval links. Opening a link (<see cref="InspectAsync"/>) never decides anything:
/// mail scanners open links before people do. Deciding (<see cref="DecideAsync"/>) is the button on the page.
/// </summary>
/// <remarks>
/// Safe for concurrent use. Links expire and are single-use per request: the first decision wins, and any later
/// use of either link shows the outcome and changes nothing, including two clicks racing each other.
/// </remarks>
public interface IMeetingApprovals
{
    /// <summary>Checks a link without acting on it.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="ApprovalLinkOutcome.Pending"/> with the decision the link offers, or why it cannot be used.</returns>
    Task<ApprovalLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Decides an approval request through its link; an approval books the meeting straight away.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="decision">The decision; it must be the one the link was signed for.</param>
    /// <param name="clientAddress">Where the decision came from (for example the client's IP address), kept in the request's history; <see langword="null"/> if unknown.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<ApprovalLinkResult> DecideAsync(string? token, ApprovalDecision decision, string? clientAddress, CancellationToken cancellationToken = default);
}
