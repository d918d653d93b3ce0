namespace AutoMeet.Compliance;

/// <summary>
/// Stores the append-only, per-owner audit chain. Entries are never updated or deleted through this port.
/// </summary>
public interface IAuditLog
{
    /// <summary>Gets an owner's newest entry, the one a new entry chains to.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The newest entry, or <see langword="null"/> if the chain is empty.</returns>
    Task<AuditEntry?> GetLastAsync(UserId ownerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an entry whose <see cref="AuditEntry.Sequence"/> is one more than the newest entry's (1 for the first).
    /// </summary>
    /// <param name="entry">The entry, with its sequence and hashes set.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    /// <exception cref="Storage.DuplicateEntityException">Another writer appended that sequence first; read the new last entry and retry.</exception>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Lists an owner's entries in chain order, from a sequence number on.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="fromSequence">The first sequence to return.</param>
    /// <param name="maxItems">How many at most (1 to 1000).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> ListAsync(UserId ownerId, long fromSequence, int maxItems, CancellationToken cancellationToken = default);

    /// <summary>Lists the entries about one entity, in chain order.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="entityId">The entity id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, string entityId, CancellationToken cancellationToken = default);
}
