using AutoMeet.Events;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// The domain-event log on EF Core. Positions must be visible in commit order, so appends are serialized until their
/// transaction commits: on PostgreSQL with a transaction-scoped advisory lock taken just before the insert (the
/// identity value is drawn under the lock and the lock is released after the commit is visible), on SQLite by the
/// database's single writer lock. A reader therefore never sees position <c>p</c> before a lower one that commits later.
/// The price is that appending transactions run one at a time from their append to their commit, so engines append
/// as the last step of a unit of work.
/// </summary>
internal sealed class DomainEventStore(StoreSession session) : IDomainEventStore
{
    /// <summary>The PostgreSQL advisory lock key of the log ("AMevents" in ASCII).</summary>
    internal const long AdvisoryLockKey = 4705528744854320243;

    private IQueryable<DomainEvent> Events => session.Db.Set<DomainEvent>().AsNoTracking();

    public async Task AppendAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default)
    {
        IDomainEventStore.Validate(domainEvent);
        await session.InTransactionAsync(
            async token =>
            {
                if (session.Db.Provider == StoreProvider.PostgreSql)
                {
                    await session.Db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", token).ConfigureAwait(false);
                }

                domainEvent.Position = 0;
                try
                {
                    session.Db.Add(domainEvent);
                    await session.SaveChangesAsync(nameof(DomainEvent), token).ConfigureAwait(false);
                }
                finally
                {
                    session.Db.ChangeTracker.Clear();
                }

                session.DomainEventAppended(domainEvent.Position);
                return domainEvent.Position;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DomainEvent>> ListAfterAsync(long afterPosition, DomainEventFilter? filter, int maxItems, CancellationToken cancellationToken = default)
    {
        IDomainEventStore.ValidateList(afterPosition, maxItems);
        var query = Events.Where(e => e.Position > afterPosition);
        if (filter is not null)
        {
            if (filter.Types is { Count: > 0 } types)
            {
                var list = types.ToList();
                query = query.Where(e => list.Contains(e.Type));
            }

            if (filter.OwnerId is { } owner)
            {
                query = query.Where(e => e.OwnerId == owner);
            }

            if (filter.CampaignId is { } campaign)
            {
                query = query.Where(e => e.CampaignId == campaign);
            }

            if (filter.ProspectId is { } prospect)
            {
                query = query.Where(e => e.ProspectId == prospect);
            }
        }

        return await query.OrderBy(e => e.Position).Take(maxItems).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default) =>
        await Events.MaxAsync(e => (long?)e.Position, cancellationToken).ConfigureAwait(false) ?? 0;

    public async Task<int> DeleteBeforeAsync(NodaTime.Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var last = await GetLastPositionAsync(cancellationToken).ConfigureAwait(false);

        // The first event to keep: the oldest that is not past its retention (the scan walks the key from the start,
        // through the prefix about to be deleted), else the newest, which is always kept.
        var keepFrom = await Events.Where(e => e.OccurredAt >= occurredBefore).OrderBy(e => e.Position)
            .Select(e => (long?)e.Position).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? last;
        var end = Math.Min(keepFrom, last);
        var positions = await Events.Where(e => e.Position < end).OrderBy(e => e.Position).Select(e => e.Position)
            .Take(maxItems).ToListAsync(cancellationToken).ConfigureAwait(false);
        return positions.Count == 0
            ? 0
            : await session.Db.Set<DomainEvent>().Where(e => positions.Contains(e.Position)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> AnonymizeProspectAsync(UserId ownerId, Id<Prospects.Prospect> prospectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        Id<Prospects.Prospect>? erased = null;
        return session.Db.Set<DomainEvent>()
            .Where(e => e.OwnerId == ownerId && e.ProspectId == prospectId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(e => e.ProspectId, erased).SetProperty(e => e.Payload, (string?)null).SetProperty(e => e.EntityId, IDomainEventStore.ErasedEntityId),
                cancellationToken);
    }
}
