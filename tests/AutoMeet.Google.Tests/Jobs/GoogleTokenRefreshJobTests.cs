using AutoMeet.Accounts;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Security;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Google.Tests.Jobs;

public sealed class GoogleTokenRefreshJobTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private const string JobName = "google-token-refresh";
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task AddGoogle_RegistersTheJobsForTheWorker()
    {
        await using var host = GoogleTestHost.Create(_server);

        var names = host.Services.GetServices<IAutoMeetJob>().Select(j => j.Name).ToList();

        Assert.Contains(JobName, names);
        Assert.Contains("google-watch-renewal", names);
    }

    [Fact]
    public async Task RunAsync_TokenExpiringWithinWindow_RefreshesAndStoresEncrypted()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.job-soon", expiresIn: Duration.FromMinutes(8), refreshToken: "1//job-soon");
        var before = _server.RefreshGrantCount;

        await host.RunJobAsync(JobName);

        Assert.Equal(before + 1, _server.RefreshGrantCount);
        var stored = await host.FindAccountAsync(account.Id);
        var token = host.Get<ISecretProtector>().Unprotect(stored!.AccessToken!.Value, "google.access-token");
        Assert.StartsWith("ya29.fake-", token, StringComparison.Ordinal);
        Assert.True(stored.AccessTokenExpiresAt > account.AccessTokenExpiresAt + Duration.FromMinutes(30));
    }

    [Fact]
    public async Task RunAsync_TokenValidBeyondWindow_RefreshesNothing()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.job-fresh", expiresIn: Duration.FromMinutes(50), refreshToken: "1//job-fresh");
        var before = _server.RefreshGrantCount;

        await host.RunJobAsync(JobName);

        Assert.Equal(before, _server.RefreshGrantCount);
        Assert.Equal(account.AccessTokenExpiresAt, (await host.FindAccountAsync(account.Id))!.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task RunAsync_WindowFromOptions_IsHonoured()
    {
        await using var host = GoogleTestHost.Create(_server, configure: o => o.Push.TokenRefreshAhead = TimeSpan.FromMinutes(30));
        await host.SeedAccountAsync(_server, accessToken: "ya29.job-window", expiresIn: Duration.FromMinutes(20), refreshToken: "1//job-window");
        var before = _server.RefreshGrantCount;

        await host.RunJobAsync(JobName);

        Assert.Equal(before + 1, _server.RefreshGrantCount);
    }

    [Fact]
    public async Task RunAsync_RevokedGrantAndHealthyAccount_DisconnectsOneAndRefreshesTheOther()
    {
        await using var host = GoogleTestHost.Create(_server);
        var revoked = await host.SeedAccountAsync(_server, accessToken: "ya29.job-revoked", expiresIn: Duration.FromMinutes(2), refreshToken: "1//job-revoked-unknown");
        _server.RevokeRefreshTokens();
        var healthy = await SeedOtherAsync(host, "grace@example.com", "1//job-healthy");
        var before = _server.RefreshGrantCount;

        await host.RunJobAsync(JobName);

        Assert.Equal(before + 2, _server.RefreshGrantCount);
        Assert.Equal(AccountStatus.Disconnected, (await host.FindAccountAsync(revoked.Id))!.Status);
        var other = await host.FindAccountAsync(healthy.Id);
        Assert.Equal(AccountStatus.Connected, other!.Status);
        Assert.True(other.AccessTokenExpiresAt > healthy.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task RunAsync_DisconnectedAccount_IsSkipped()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.job-off", expiresIn: Duration.FromMinutes(1), refreshToken: "1//job-off");
        await host.WithStoreAsync(async s =>
        {
            var stored = (await s.MailboxAccounts.FindAsync(account.Id))!;
            stored.Status = AccountStatus.Disconnected;
            await s.MailboxAccounts.UpdateAsync(stored);
            return true;
        });
        var before = _server.RefreshGrantCount;

        await host.RunJobAsync(JobName);

        Assert.Equal(before, _server.RefreshGrantCount);
    }

    private async Task<MailboxAccount> SeedOtherAsync(GoogleTestHost host, string email, string refreshToken)
    {
        var protector = host.Get<ISecretProtector>();
        _server.RegisterTokens(email, null, refreshToken);
        var account = new MailboxAccount
        {
            OwnerId = GoogleTestHost.Owner,
            Provider = MailProvider.Google,
            EmailAddress = email,
            Status = AccountStatus.Connected,
            Scopes = "openid email https://www.googleapis.com/auth/gmail.send",
            AccessToken = protector.Protect("ya29.other", "google.access-token"),
            AccessTokenExpiresAt = host.Get<IClock>().GetCurrentInstant() + Duration.FromMinutes(3),
            RefreshToken = protector.Protect(refreshToken, "google.refresh-token"),
        };
        await host.WithStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            return true;
        });
        return account;
    }
}
