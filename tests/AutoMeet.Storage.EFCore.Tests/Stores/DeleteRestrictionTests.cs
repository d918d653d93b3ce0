using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;

namespace AutoMeet.Storage.EFCore.Tests.Stores;

/// <summary>References the model restricts surface as <see cref="InvalidOperationException"/>, with nothing deleted.</summary>
public sealed class DeleteRestrictionTests
{
    [Fact]
    public async Task DeleteAsync_MailboxWithThreads_ThrowsInvalidOperationAndKeepsIt()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await host.InitializeAsync();
        var owner = new UserId("owner-1");
        var mailbox = new MailboxAccount { OwnerId = owner, EmailAddress = "me@owner.example" };
        var prospect = new Prospect { OwnerId = owner, Email = "ada@example.com" };
        await host.InScopeAsync(s => s.MailboxAccounts.AddAsync(mailbox));
        await host.InScopeAsync(s => s.Prospects.AddAsync(prospect));
        await host.InScopeAsync(s => s.Threads.AddAsync(new EmailThread { MailboxAccountId = mailbox.Id, ProspectId = prospect.Id, Subject = "Hello" }));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.InScopeAsync(s => s.MailboxAccounts.DeleteAsync(mailbox.Id)));

        Assert.Contains(mailbox.Id.ToString(), exception.Message, StringComparison.Ordinal);
        Assert.NotNull(await host.InScopeAsync(s => s.MailboxAccounts.FindAsync(mailbox.Id)));
    }
}
