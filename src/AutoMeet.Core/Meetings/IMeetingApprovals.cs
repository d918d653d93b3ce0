namespace AutoMeet.Meetings;

/// <summary>
/// Handles the owner's signed approval links. Opening a link (<see cref="InspectAsync"/>) never decides anything:
/// mail scanners open links before people do, and neither does listing the times to suggest (<see cref="ListAlternativesAsync"/>).
/// Deciding (<see cref="DecideAsync"/>, or <see cref="SuggestAsync"/> for another time) is the button on the page.
/// </summary>
/// <remarks>
/// Safe for concurrent use. Links expire and are single-use per request: the first decision wins, and any later
/// use of any of its links shows the outcome and changes nothing, including two clicks racing each other.
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
    /// <param name="decision">
    /// The decision; it must be the one the link was signed for (<see cref="ApprovalDecision.SuggestAnotherTime"/> needs a
    /// start: use <see cref="SuggestAsync"/>; here it is <see cref="ApprovalLinkOutcome.Invalid"/>).
    /// </param>
    /// <param name="clientAddress">Where the decision came from (for example the client's IP address), kept in the request's history; <see langword="null"/> if unknown.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<ApprovalLinkResult> DecideAsync(string? token, ApprovalDecision decision, string? clientAddress, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the times a Suggest-another-time link lets the owner choose from: bookable now (working hours, buffers,
    /// notice, horizon, limits, booked meetings, other prospects' holds, synced and live busy time), other than the time
    /// awaiting approval, ranked for the prospect and written in the owner's zone. Changes nothing.
    /// </summary>
    /// <param name="token">The token from the Suggest-another-time link (may be anything).</param>
    /// <param name="maxCount">How many times to list at most (1 to 20).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// <see cref="ApprovalLinkOutcome.Pending"/> with <see cref="ApprovalLinkResult.Alternatives"/> (empty when nothing is
    /// free), or why the link cannot be used (expired, already handled, invalid; also for an Approve or Decline link).
    /// </returns>
    Task<ApprovalLinkResult> ListAlternativesAsync(string? token, int maxCount = 6, CancellationToken cancellationToken = default);

    /// <summary>
    /// Suggests another time through a Suggest-another-time link. The start is checked again, the way a booking checks
    /// it; when it is bookable, in one transaction the request becomes <see cref="Approvals.ApprovalStatus.AlternativeSuggested"/>
    /// (who, when and from where kept in its history), the meeting's hold moves from the time awaiting approval to the
    /// suggested one, the meeting is a proposal again, and the prospect is asked about the new time in the thread.
    /// </summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="start">The suggested start (one of <see cref="ListAlternativesAsync"/>'s, or any other bookable start).</param>
    /// <param name="clientAddress">Where the decision came from (for example the client's IP address), kept in the request's history; <see langword="null"/> if unknown.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// <see cref="ApprovalLinkOutcome.AlternativeSuggested"/>; <see cref="ApprovalLinkOutcome.SlotUnavailable"/> with the
    /// reasons when the start is not bookable (nothing changed; the link still works); or why the link cannot be used.
    /// </returns>
    Task<ApprovalLinkResult> SuggestAsync(string? token, NodaTime.Instant start, string? clientAddress, CancellationToken cancellationToken = default);
}
