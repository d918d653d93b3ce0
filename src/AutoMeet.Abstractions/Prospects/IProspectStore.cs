using AutoMeet.Storage;

namespace AutoMeet.Prospects;

/// <summary>
/// Stores prospects; an e-mail address is unique per owner. Deleting a prospect deletes its enrollments, threads
/// (with their messages), meetings (with their approval requests) and e-mail events.
/// </summary>
public interface IProspectStore : IEntityStore<Prospect>
{
    /// <summary>Finds an owner's prospect by e-mail address (compared case-insensitively).</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The prospect, or <see langword="null"/>.</returns>
    Task<Prospect?> FindByEmailAsync(UserId ownerId, string email, CancellationToken cancellationToken = default);

    /// <summary>Returns which of the given addresses an owner already has as prospects (lower case).</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emails">The addresses to check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The subset of <paramref name="emails"/> already stored, lower-cased.</returns>
    Task<IReadOnlySet<string>> FindExistingEmailsAsync(UserId ownerId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);

    /// <summary>Lists an owner's prospects, oldest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The prospects of the page.</returns>
    Task<IReadOnlyList<Prospect>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default);
}
