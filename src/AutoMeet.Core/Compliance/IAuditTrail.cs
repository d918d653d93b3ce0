namespace AutoMeet.Compliance;

/// <summary>
/// Records who did what to which entity in an owner's hash-chained audit log, and verifies that the chain was not
/// tampered with.
/// </summary>
/// <remarks>Implementations are safe for concurrent use: concurrent writers produce one gap-free chain.</remarks>
public interface IAuditTrail
{
    /// <summary>Appends an entry to the owner's chain, after the newest entry.</summary>
    /// <param name="ownerId">The owner (tenant) whose chain it is.</param>
    /// <param name="actorKind">Who acted.</param>
    /// <param name="actorId">The actor's id (user id, job name, model id); no e-mail addresses.</param>
    /// <param name="action">The action, for example <c>suppression.unsubscribed</c>.</param>
    /// <param name="entityType">The type of the entity acted on.</param>
    /// <param name="entityId">The id of the entity acted on.</param>
    /// <param name="detailJson">Details as JSON (no secrets, no personal data), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored entry, with its sequence and hashes.</returns>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    /// <exception cref="AuditAppendException">Other writers kept taking the next sequence for too many attempts.</exception>
    Task<AuditEntry> RecordAsync(
        UserId ownerId,
        ActorKind actorKind,
        string actorId,
        string action,
        string entityType,
        string entityId,
        string? detailJson = null,
        CancellationToken cancellationToken = default);

    /// <summary>Walks the owner's chain from the first entry and checks sequences, links and hashes.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Intact with the number of entries, or the first broken sequence and why.</returns>
    Task<AuditChainVerification> VerifyAsync(UserId ownerId, CancellationToken cancellationToken = default);
}
