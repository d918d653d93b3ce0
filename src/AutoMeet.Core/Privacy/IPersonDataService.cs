namespace AutoMeet.Privacy;

/// <summary>
/// Answers a data subject's requests about one person, identified by an owner (tenant) and an e-mail address:
/// "what do you hold about me?" (<see cref="ExportAsync"/>) and "forget me" (<see cref="EraseAsync"/>).
/// </summary>
/// <remarks>
/// What is held about a person: their prospect record, enrollments, e-mail threads and messages, e-mail events,
/// reply decisions, outbox rows, meetings and their approval requests, the owner's notifications that mention them,
/// suppression entries for their address, and the audit entries about all those entities. The address is matched
/// case-insensitively.
/// </remarks>
public interface IPersonDataService
{
    /// <summary>Collects everything held about one person into an archive that can be written as JSON.</summary>
    /// <param name="ownerId">The owner (tenant).</param>
    /// <param name="emailAddress">The person's e-mail address (any case).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The archive, or <see cref="PersonExportStatus.NotFound"/> when nothing is held about the address.</returns>
    /// <exception cref="ArgumentException">The owner is blank or the address is malformed.</exception>
    Task<PersonExportResult> ExportAsync(UserId ownerId, string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases one person: deletes their data (cancelling their pending sends), replaces any suppression entry for their
    /// address by a one-way hash (reason <see cref="Compliance.SuppressionReason.Erased"/>) so they are never contacted
    /// again, and records an audit entry that names them only by that hash. Safe to repeat: a retry after a crash
    /// completes what is missing.
    /// </summary>
    /// <param name="ownerId">The owner (tenant).</param>
    /// <param name="emailAddress">The person's e-mail address (any case).</param>
    /// <param name="actor">Who asked for the erasure (a user id), for the audit trail.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The typed outcome with what was removed.</returns>
    /// <exception cref="ArgumentException">The owner or actor is blank, or the address is malformed.</exception>
    Task<PersonErasureResult> EraseAsync(UserId ownerId, string emailAddress, string actor, CancellationToken cancellationToken = default);
}
