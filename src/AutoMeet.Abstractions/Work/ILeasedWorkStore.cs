using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Work;

/// <summary>
/// Claims due work with a lease, so that several worker processes sharing one database never hold the same item
/// at the same time, and work whose worker died becomes claimable again when its lease expires.
/// </summary>
/// <typeparam name="TWork">The kind of row claimed.</typeparam>
/// <remarks>
/// <see cref="ClaimDueAsync"/> is atomic across processes: among concurrent claimers each due item is returned to
/// exactly one. Time is the store's clock. The other methods succeed only for the current lease holder, so a
/// worker whose lease expired and was taken over cannot complete or reschedule the item.
/// <para/>
/// Every claim, completion, retry and renewal increments the item's <c>Version</c> and sets <c>UpdatedAt</c>
/// to now, so an <c>UpdateAsync</c> based on a copy read before a lease operation fails with
/// <see cref="ConcurrencyConflictException"/> instead of silently undoing the lease.
/// </remarks>
public interface ILeasedWorkStore<TWork>
    where TWork : class, IEntity<TWork>, ILeasedWork
{
    /// <summary>
    /// Claims up to <see cref="LeaseClaim.MaxItems"/> items that are due (<c>DueAt</c> at or before now), not
    /// completed, and not leased or whose lease has expired; earliest due first. Each claimed item gets the lease
    /// and its <c>Attempts</c> incremented.
    /// </summary>
    /// <param name="claim">Who claims, how many, for how long, which kinds.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The claimed items (possibly none), as stored after the claim.</returns>
    Task<IReadOnlyList<TWork>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Marks a leased item completed and releases the lease.</summary>
    /// <param name="id">The item.</param>
    /// <param name="leaseOwner">The worker that claimed it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the caller held the lease and the item is now completed; otherwise <see langword="false"/> and nothing changed.</returns>
    Task<bool> CompleteAsync(Id<TWork> id, string leaseOwner, CancellationToken cancellationToken = default);

    /// <summary>Releases a leased item and makes it due again at <paramref name="dueAt"/>, recording the failure.</summary>
    /// <param name="id">The item.</param>
    /// <param name="leaseOwner">The worker that claimed it.</param>
    /// <param name="dueAt">When the item is due again.</param>
    /// <param name="error">A short description of the failure (no personal data), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the caller held the lease; otherwise <see langword="false"/> and nothing changed.</returns>
    Task<bool> RetryLaterAsync(Id<TWork> id, string leaseOwner, Instant dueAt, string? error, CancellationToken cancellationToken = default);

    /// <summary>Extends a lease the caller still holds to now + <paramref name="leaseDuration"/>.</summary>
    /// <param name="id">The item.</param>
    /// <param name="leaseOwner">The worker that claimed it.</param>
    /// <param name="leaseDuration">The new lease length from now.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the lease was extended; <see langword="false"/> if the caller no longer holds it.</returns>
    Task<bool> RenewLeaseAsync(Id<TWork> id, string leaseOwner, Duration leaseDuration, CancellationToken cancellationToken = default);
}
