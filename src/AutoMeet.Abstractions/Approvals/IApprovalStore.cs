using AutoMeet.Meetings;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Approvals;

/// <summary>Stores approval requests; a token hash is unique.</summary>
public interface IApprovalStore : IEntityStore<ApprovalRequest>
{
    /// <summary>Finds a request by the hash of its link token.</summary>
    /// <param name="tokenHash">The hash.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request, or <see langword="null"/>.</returns>
    Task<ApprovalRequest?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Lists a meeting's requests, oldest first.</summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The requests.</returns>
    Task<IReadOnlyList<ApprovalRequest>> ListByMeetingAsync(Id<Meeting> meetingId, CancellationToken cancellationToken = default);

    /// <summary>Lists pending requests that expire at or before <paramref name="expiresBy"/>, earliest first.</summary>
    /// <param name="expiresBy">The instant.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The requests of the page.</returns>
    Task<IReadOnlyList<ApprovalRequest>> ListPendingExpiringAsync(Instant expiresBy, PageRequest page, CancellationToken cancellationToken = default);
}
