using AutoMeet.Accounts;
using Microsoft.EntityFrameworkCore;

// string.ToLower() inside queries is translated to SQL lower(); culture overloads are not translatable.
#pragma warning disable CA1304, CA1311, CA1862

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class MailboxAccountStore(StoreSession session) : EntityStore<MailboxAccount>(session), IMailboxAccountStore
{
    public Task<IReadOnlyList<MailboxAccount>> ListByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(a => a.OwnerId == ownerId).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id), cancellationToken);

    public Task<IReadOnlyList<MailboxAccount>> ListByStatusAsync(AccountStatus status, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(a => a.Status == status).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id), page), cancellationToken);

    public async Task<MailboxAccount?> FindByEmailAsync(MailProvider provider, string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        var normalized = ProspectStore.Normalize(emailAddress);
        var found = await Query.Where(a => a.Provider == provider && a.EmailAddress.ToLower() == normalized)
            .OrderBy(a => a.CreatedAt).Take(1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }
}
