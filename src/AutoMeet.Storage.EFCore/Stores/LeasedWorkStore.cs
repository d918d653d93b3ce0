using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Implements <see cref="ILeasedWorkStore{TWork}"/> once for every leased row type. Claims are one SQL statement
/// (see <see cref="ClaimSql"/>); the holder's operations are conditional updates that succeed only under a live lease.
/// </summary>
/// <typeparam name="TWork">The leased row type.</typeparam>
internal abstract class LeasedWorkStore<TWork>(StoreSession session) : EntityStore<TWork>(session), ILeasedWorkStore<TWork>
    where TWork : Entity<TWork>, ILeasedWork
{
    public virtual async Task<IReadOnlyList<TWork>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await ClaimAsync(claim, ClaimSql.For<TWork>(Db), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one claim statement and returns the claimed rows, earliest due first.</summary>
    protected async Task<IReadOnlyList<TWork>> ClaimAsync(LeaseClaim claim, ClaimSql sql, CancellationToken cancellationToken)
    {
        var now = Session.Now();
        var command = sql.Build(claim, now, now + claim.LeaseDuration);
        var claimed = await Db.Set<TWork>().FromSqlRaw(command.Sql, command.Parameters)
            .AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        StoreLog.WorkClaimed(Session.Logger, claimed.Count, EntityName, claim.LeaseOwner);
        return [.. claimed.OrderBy(w => w.DueAt).ThenBy(w => w.Id)];
    }

    public async Task<bool> CompleteAsync(Id<TWork> id, string leaseOwner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        var now = Session.Now();
        var changed = await Held(id, leaseOwner, now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(w => EF.Property<Instant?>(w, nameof(ILeasedWork.CompletedAt)), now)
                .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.LeaseOwner)), (string?)null)
                .SetProperty(w => EF.Property<Instant?>(w, nameof(ILeasedWork.LeaseExpiresAt)), (Instant?)null)
                .SetProperty(w => w.Version, w => w.Version + 1)
                .SetProperty(w => w.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return Applied(changed, nameof(CompleteAsync), id, leaseOwner);
    }

    public async Task<bool> RetryLaterAsync(Id<TWork> id, string leaseOwner, Instant dueAt, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        var now = Session.Now();
        var changed = await Held(id, leaseOwner, now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(w => EF.Property<Instant>(w, nameof(ILeasedWork.DueAt)), dueAt)
                .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.LastError)), error)
                .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.LeaseOwner)), (string?)null)
                .SetProperty(w => EF.Property<Instant?>(w, nameof(ILeasedWork.LeaseExpiresAt)), (Instant?)null)
                .SetProperty(w => w.Version, w => w.Version + 1)
                .SetProperty(w => w.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return Applied(changed, nameof(RetryLaterAsync), id, leaseOwner);
    }

    public async Task<bool> RenewLeaseAsync(Id<TWork> id, string leaseOwner, Duration leaseDuration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        if (leaseDuration <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(leaseDuration), leaseDuration, "A lease lasts more than zero.");
        }

        var now = Session.Now();
        var expiresAt = now + leaseDuration;
        var changed = await Held(id, leaseOwner, now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(w => EF.Property<Instant?>(w, nameof(ILeasedWork.LeaseExpiresAt)), expiresAt)
                .SetProperty(w => w.Version, w => w.Version + 1)
                .SetProperty(w => w.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return Applied(changed, nameof(RenewLeaseAsync), id, leaseOwner);
    }

    /// <summary>Selects the item only while <paramref name="leaseOwner"/> holds a live lease on it.</summary>
    private IQueryable<TWork> Held(Id<TWork> id, string leaseOwner, Instant now) =>
        Db.Set<TWork>().Where(w => w.Id == id
            && EF.Property<string?>(w, nameof(ILeasedWork.LeaseOwner)) == leaseOwner
            && EF.Property<Instant?>(w, nameof(ILeasedWork.LeaseExpiresAt)) > now
            && EF.Property<Instant?>(w, nameof(ILeasedWork.CompletedAt)) == null);

    private bool Applied(int changed, string operation, Id<TWork> id, string leaseOwner)
    {
        if (changed == 0)
        {
            StoreLog.LeaseNotHeld(Session.Logger, operation, EntityName, id.Value, leaseOwner);
        }

        return changed > 0;
    }
}
