namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Handles the owner's signed post-meeting links ("it happened", "no-show"). Opening a link (<see cref="InspectAsync"/>)
/// never decides anything: mail scanners open links before people do. Deciding (<see cref="DecideAsync"/>) is the button on the page.
/// </summary>
/// <remarks>
/// Safe for concurrent use. Links expire and are single-use per meeting: the first decision wins (the meeting's
/// status is final), and any later use of either link shows the outcome and changes nothing, including two clicks racing each other.
/// </remarks>
public interface IMeetingOutcomes
{
    /// <summary>Checks a link without acting on it.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="MeetingOutcomeLinkOutcome.Pending"/> with the decision the link offers, or why it cannot be used.</returns>
    Task<MeetingOutcomeLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Marks the meeting through its link, audited with where the decision came from.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="decision">The decision; it must be the one the link was signed for.</param>
    /// <param name="clientAddress">Where the decision came from (for example the client's IP address), kept in the audit entry; <see langword="null"/> if unknown.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<MeetingOutcomeLinkResult> DecideAsync(string? token, MeetingOutcomeDecision decision, string? clientAddress, CancellationToken cancellationToken = default);
}
