using AutoMeet.Storage;

namespace AutoMeet.Campaigns.Enrolling;

/// <summary>
/// Enrols prospects in a campaign in bounded batches, with progress: never twice in one campaign, not while active in
/// another campaign unless the request allows it, never a suppressed or invalid address, and within a per-company cap
/// counted across all the owner's campaigns. Each batch is written in one transaction; a prospect that cannot be
/// enrolled is reported with its reason and never stops the others.
/// </summary>
public interface IEnrollmentService
{
    /// <summary>Enrols the requested prospects.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="request">What to enrol.</param>
    /// <param name="progress">Receives progress after each batch, if given.</param>
    /// <param name="cancellationToken">Cancels between batches; batches already written stay written.</param>
    /// <returns>What was enrolled and what was skipped.</returns>
    /// <exception cref="ArgumentException">The request is empty, too large, or its batch size or company cap is not positive.</exception>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    /// <exception cref="InvalidOperationException">The campaign has no sequence, or has ended (completed, cancelled, archived).</exception>
    Task<EnrollmentResult> EnrollAsync(IAutoMeetStore store, EnrollmentRequest request, IProgress<EnrollmentProgress>? progress = null, CancellationToken cancellationToken = default);
}
