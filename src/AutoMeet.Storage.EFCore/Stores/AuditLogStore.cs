using AutoMeet.Compliance;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class AuditLogStore(StoreSession session) : IAuditLog
{
    private IQueryable<AuditEntry> Entries => session.Db.Set<AuditEntry>().AsNoTracking();

    public Task<AuditEntry?> GetLastAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        Entries.Where(e => e.OwnerId == ownerId).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = session.Now();
        entry.CreatedAt = now;
        entry.UpdatedAt = now;
        entry.Version = 1;
        try
        {
            session.Db.Add(entry);
            await session.SaveChangesAsync(nameof(AuditEntry), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.Db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(UserId ownerId, long fromSequence, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, PageRequest.MaxTake);
        return await Entries.Where(e => e.OwnerId == ownerId && e.Sequence >= fromSequence)
            .OrderBy(e => e.Sequence).Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(entityId);
        return await Entries.Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
