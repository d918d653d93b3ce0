using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Stores meetings. Deleting a meeting deletes its approval requests.</summary>
public interface IMeetingStore : IEntityStore<Meeting>
{
    /// <summary>Lists an owner's meetings in the given statuses that overlap an interval, by start.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="interval">The interval; a meeting overlaps it when it starts before its end and ends after its start.</param>
    /// <param name="statuses">The statuses to keep; empty keeps all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings.</returns>
    Task<IReadOnlyList<Meeting>> ListOverlappingAsync(UserId ownerId, Interval interval, IReadOnlyCollection<MeetingStatus> statuses, CancellationToken cancellationToken = default);

    /// <summary>Lists a prospect's meetings, by start.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings.</returns>
    Task<IReadOnlyList<Meeting>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the meetings of every owner whose hold has expired: still <see cref="MeetingStatus.Proposed"/> or
    /// <see cref="MeetingStatus.AwaitingApproval"/> with <see cref="Meeting.HoldExpiresAt"/> before <paramref name="now"/>,
    /// oldest hold first (then by id).
    /// </summary>
    /// <param name="now">The current instant (exclusive: a hold expiring exactly now is not listed).</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings of the page.</returns>
    Task<IReadOnlyList<Meeting>> ListExpiredHoldsAsync(Instant now, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Lists the meetings of every owner in a status whose start lies in an interval (start inclusive, end exclusive), by start then id.</summary>
    /// <param name="status">The status.</param>
    /// <param name="startsWithin">The interval the start must lie in.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings of the page.</returns>
    Task<IReadOnlyList<Meeting>> ListByStatusStartingWithinAsync(MeetingStatus status, Interval startsWithin, PageRequest page, CancellationToken cancellationToken = default);
}
