using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Google.Tests.OAuth;

public sealed class GoogleDisconnectTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    private static async Task<MailboxAccount> WithWatchAsync(GoogleTestHost host, MailboxAccount account)
    {
        return await host.WithStoreAsync(async s =>
        {
            var current = (await s.MailboxAccounts.FindAsync(account.Id))!;
            current.WatchExpiresAt = Instant.FromUtc(2030, 1, 1, 0, 0);
            await s.MailboxAccounts.UpdateAsync(current);
            return current;
        });
    }

    [Fact]
    public async Task DisconnectAsync_ConnectedAccount_StopsWatchRevokesRefreshTokenAndForgetsTokens()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await WithWatchAsync(host, await host.SeedAccountAsync(_server, accessToken: "ya29.dc-1", refreshToken: "1//dc-1", email: "dc-1@example.com"));
        var stops = _server.GmailWatchStops;

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(new GoogleDisconnectResult(account.Id, GoogleRevocation.Revoked), result);
        Assert.Equal(stops + 1, _server.GmailWatchStops);
        Assert.Contains("1//dc-1", _server.RevokedTokens);
        Assert.False(_server.IsRefreshTokenValid("1//dc-1"));
        var revoke = _server.RequestsFor("revoke")[^1];
        Assert.Equal("POST", revoke.Method);
        var stored = (await host.FindAccountAsync(account.Id))!;
        Assert.Equal(AccountStatus.Disconnected, stored.Status);
        Assert.Null(stored.AccessToken);
        Assert.Null(stored.AccessTokenExpiresAt);
        Assert.Null(stored.RefreshToken);
        Assert.Null(stored.WatchExpiresAt);
    }

    [Fact]
    public async Task DisconnectAsync_TokenAlreadyRevoked_StillDisconnectsLocally()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dc-2", refreshToken: "1//dc-2", email: "dc-2@example.com");
        _server.RevokeRefreshTokens();

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(GoogleRevocation.AlreadyRevoked, result.Revocation);
        Assert.Null(result.RevocationError);
        Assert.Equal(AccountStatus.Disconnected, (await host.FindAccountAsync(account.Id))!.Status);
    }

    [Fact]
    public async Task DisconnectAsync_RevocationEndpointFails_DisconnectsLocallyAndReportsTheFailure()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dc-3", refreshToken: "1//dc-3", email: "dc-3@example.com");
        _server.Inject("revoke", new FakeFault(403));

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(GoogleRevocation.Failed, result.Revocation);
        Assert.Contains("HTTP 403", result.RevocationError, StringComparison.Ordinal);
        Assert.DoesNotContain("1//dc-3", result.RevocationError, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Disconnected, (await host.FindAccountAsync(account.Id))!.Status);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(0)] // the access token has expired and Google's token endpoint refuses the refresh (not invalid_grant)
    public async Task DisconnectAsync_GmailStopFails_StillRevokesAndDisconnects(int stopStatus)
    {
        await using var host = GoogleTestHost.Create(_server);
        var refresh = $"1//dc-stop-{stopStatus}";
        var account = await WithWatchAsync(host, await host.SeedAccountAsync(
            _server, accessToken: $"ya29.dc-stop-{stopStatus}", expiresIn: stopStatus == 0 ? Duration.FromMinutes(-5) : null, refreshToken: refresh, email: $"dc-stop-{stopStatus}@example.com"));
        if (stopStatus == 0)
        {
            _server.Inject("token", new FakeFault(400, Reason: "invalidRequest"));
        }
        else
        {
            _server.Inject("users.stop", new FakeFault(stopStatus, Reason: "invalidArgument"));
        }

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.NotEqual(GoogleRevocation.NoToken, result.Revocation);
        var stored = (await host.FindAccountAsync(account.Id))!;
        Assert.Equal(AccountStatus.Disconnected, stored.Status);
        Assert.Null(stored.RefreshToken);
        Assert.Null(stored.WatchExpiresAt);
    }

    [Fact]
    public async Task DisconnectAsync_AfterDisconnect_MailboxRefusesToSend()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dc-4", refreshToken: "1//dc-4", email: "dc-4@example.com");
        await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        await Assert.ThrowsAsync<MailboxAuthorizationException>(() => host.Get<IMailbox>().SendAsync(Gmail.GmailTestData.Email(account.Id)));
    }

    [Fact]
    public async Task DisconnectAsync_AlreadyDisconnected_HasNoTokenToRevoke()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dc-5", refreshToken: "1//dc-5", email: "dc-5@example.com");
        var sut = host.Get<IGoogleAuthorization>();
        await sut.DisconnectAsync(GoogleTestHost.Owner, account.Id);
        var revocations = _server.RequestsFor("revoke").Count;

        var again = await sut.DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(GoogleRevocation.NoToken, again.Revocation);
        Assert.Equal(revocations, _server.RequestsFor("revoke").Count);
    }

    [Fact]
    public async Task DisconnectAsync_AnotherUsersAccount_ThrowsWithoutTouchingIt()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dc-6", refreshToken: "1//dc-6", email: "dc-6@example.com");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => host.Get<IGoogleAuthorization>().DisconnectAsync(new UserId("intruder"), account.Id));

        Assert.Equal(AccountStatus.Connected, (await host.FindAccountAsync(account.Id))!.Status);
        Assert.True(_server.IsRefreshTokenValid("1//dc-6"));
    }
}
