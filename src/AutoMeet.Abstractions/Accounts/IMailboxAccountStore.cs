using AutoMeet.Storage;

namespace AutoMeet.Accounts;

/// <summary>Stores connected accounts; an address is unique per provider.</summary>
public interface IMailboxAccountStore : IEntityStore<MailboxAccount>
{
    /// <summary>Lists an owner's accounts, oldest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The accounts.</returns>
    Task<IReadOnlyList<MailboxAccount>> ListByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default);

    /// <summary>Lists the accounts in a status across all owners, oldest first (for jobs such as calendar sync).</summary>
    /// <param name="status">The status.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The accounts of the page.</returns>
    Task<IReadOnlyList<MailboxAccount>> ListByStatusAsync(AccountStatus status, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Finds an account by provider and address (compared case-insensitively).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="emailAddress">The address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The account, or <see langword="null"/>.</returns>
    Task<MailboxAccount?> FindByEmailAsync(MailProvider provider, string emailAddress, CancellationToken cancellationToken = default);
}
