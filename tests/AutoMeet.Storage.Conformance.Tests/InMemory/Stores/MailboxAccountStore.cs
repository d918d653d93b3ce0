using AutoMeet.Accounts;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class MailboxAccountStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<MailboxAccount>(session), IMailboxAccountStore
{
    public Task<IReadOnlyList<MailboxAccount>> ListByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(InCreationOrder(t.MailboxAccounts.Rows.Where(a => a.OwnerId == ownerId))), cancellationToken);

    public Task<IReadOnlyList<MailboxAccount>> ListByStatusAsync(AccountStatus status, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(Page(InCreationOrder(t.MailboxAccounts.Rows.Where(a => a.Status == status)), page)), cancellationToken);

    public Task<MailboxAccount?> FindByEmailAsync(MailProvider provider, string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        var normalized = emailAddress.Trim().ToLowerInvariant();
        return Session.ReadAsync(
            t => EntityCopy.OrNull(t.MailboxAccounts.Rows.SingleOrDefault(a => a.Provider == provider && a.EmailAddress == normalized)),
            cancellationToken);
    }

    protected override Table<MailboxAccount> TableOf(InMemoryTables tables) => tables.MailboxAccounts;

    protected override void OnDeleting(InMemoryTables tables, MailboxAccount row)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(row);
        tables.BusyBlocks.RemoveWhere(b => b.AccountId == row.Id);
        tables.SyncStates.RemoveWhere(s => s.AccountId == row.Id);
        tables.Outbox.RemoveWhere(o => o.MailboxAccountId == row.Id);
    }

    protected override void Normalize(MailboxAccount row) => row.EmailAddress = row.EmailAddress.Trim().ToLowerInvariant();

    protected override void CheckUnique(InMemoryTables tables, MailboxAccount row) =>
        Unique(
            tables.MailboxAccounts.Rows.Any(a => a.Id != row.Id && a.Provider == row.Provider && a.EmailAddress == row.EmailAddress),
            $"a {row.Provider} account with that address is already connected.");
}
