using AutoMeet.Compliance;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

/// <summary>Keeps the per-owner audit chains; an entry is added once and never changed.</summary>
internal sealed class AuditLog(InMemoryAutoMeetStore session) : InMemoryEntityStore<AuditEntry>(session), IAuditLog
{
    public Task<AuditEntry?> GetLastAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.AuditEntries.Rows.Where(e => e.OwnerId == ownerId).MaxBy(e => e.Sequence)), cancellationToken);

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) => AddAsync(entry, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListAsync(UserId ownerId, long fromSequence, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, PageRequest.MaxTake);
        return Session.ReadAsync(
            t => Page(t.AuditEntries.Rows.Where(e => e.OwnerId == ownerId && e.Sequence >= fromSequence).OrderBy(e => e.Sequence), new PageRequest(0, maxItems)),
            cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, string entityId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => EntityCopy.All(t.AuditEntries.Rows.Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Sequence).ThenBy(e => e.OccurredAt)),
            cancellationToken);

    protected override Table<AuditEntry> TableOf(InMemoryTables tables) => tables.AuditEntries;

    protected override void CheckUnique(InMemoryTables tables, AuditEntry row) =>
        Unique(tables.AuditEntries.Rows.Any(e => e.Id != row.Id && e.OwnerId == row.OwnerId && e.Sequence == row.Sequence), $"sequence {row.Sequence} is already in the owner's chain.");
}
