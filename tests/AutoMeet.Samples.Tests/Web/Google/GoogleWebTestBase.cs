using AutoMeet.Accounts;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web.Google;

/// <summary>Starts a <see cref="JwksServer"/> and a <see cref="GoogleWebFactory"/> per test.</summary>
public abstract class GoogleWebTestBase : IAsyncLifetime
{
    protected JwksServer Jwks { get; private set; } = null!;

    protected GoogleWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Jwks = await JwksServer.StartAsync();
        Factory = new GoogleWebFactory(Jwks);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Jwks.DisposeAsync();
    }

    protected async Task<MailboxAccount> AddAccountAsync(string email, AccountStatus status = AccountStatus.Connected)
    {
        var account = new MailboxAccount { OwnerId = new UserId("owner-1"), Provider = MailProvider.Google, EmailAddress = email, Status = status };
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts.AddAsync(account);
        return account;
    }
}
