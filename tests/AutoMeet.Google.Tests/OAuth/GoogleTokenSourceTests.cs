using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Security;
using AutoMeet.Storage;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Google.Tests.OAuth;

public sealed class GoogleTokenSourceTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task GetAccessTokenAsync_TokenValidBeyondSkew_ReturnsStoredTokenWithoutRefresh()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.still-good", expiresIn: Duration.FromMinutes(6), refreshToken: "1//r-valid");
        var before = _server.RefreshGrantCount;

        var token = await host.Get<IGoogleTokenSource>().GetAccessTokenAsync(account.Id, forceRefresh: false, default);

        Assert.Equal("ya29.still-good", token);
        Assert.Equal(before, _server.RefreshGrantCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiresWithinFiveMinutes_RefreshesAndPersistsEncrypted()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var host = GoogleTestHost.Create(_server, time);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.old", expiresIn: Duration.FromMinutes(30), refreshToken: "1//r-skew");
        var sut = host.Get<IGoogleTokenSource>();
        Assert.Equal("ya29.old", await sut.GetAccessTokenAsync(account.Id, false, default));

        time.Advance(TimeSpan.FromMinutes(26)); // 4 minutes left: inside the 5-minute skew.
        var token = await sut.GetAccessTokenAsync(account.Id, false, default);

        Assert.StartsWith("ya29.fake-", token, StringComparison.Ordinal);
        var stored = await host.FindAccountAsync(account.Id);
        var protector = host.Get<ISecretProtector>();
        Assert.Equal(token, protector.Unprotect(stored!.AccessToken!.Value, "google.access-token"));
        Assert.Equal(Instant.FromDateTimeOffset(time.GetUtcNow()) + Duration.FromSeconds(_server.ExpiresInSeconds), stored.AccessTokenExpiresAt);
        Assert.Equal("1//r-skew", protector.Unprotect(stored.RefreshToken!.Value, "google.refresh-token"));
        Assert.Contains("grant_type=refresh_token", _server.RequestsFor("token")[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ConcurrentCallersOnExpiredToken_RefreshOnce()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.expired", expiresIn: Duration.FromMinutes(1), refreshToken: "1//r-concurrent");
        var sut = host.Get<IGoogleTokenSource>();
        var before = _server.RefreshGrantCount;
        _server.RefreshDelay = TimeSpan.FromMilliseconds(200);
        try
        {
            var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => sut.GetAccessTokenAsync(account.Id, false, default))));

            Assert.Single(tokens.Distinct());
            Assert.Equal(before + 1, _server.RefreshGrantCount);
        }
        finally
        {
            _server.RefreshDelay = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task GetAccessTokenAsync_InvalidGrant_DisconnectsNotifiesOnceAndThrows()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.dead", expiresIn: Duration.FromMinutes(1), refreshToken: "1//r-revoked");
        _server.RevokeRefreshTokens();
        var sut = host.Get<IGoogleTokenSource>();

        var ex = await Assert.ThrowsAsync<MailboxAuthorizationException>(() => sut.GetAccessTokenAsync(account.Id, false, default));
        var again = await Assert.ThrowsAsync<MailboxAuthorizationException>(() => sut.GetAccessTokenAsync(account.Id, false, default));

        Assert.Equal(account.Id, ex.AccountId);
        Assert.Contains("invalid_grant", ex.Message, StringComparison.Ordinal);
        Assert.Contains("disconnected", again.Message, StringComparison.Ordinal);
        var stored = await host.FindAccountAsync(account.Id);
        Assert.Equal(AccountStatus.Disconnected, stored!.Status);
        Assert.Null(stored.RefreshToken);
        Assert.Null(stored.AccessToken);
        var notifications = await host.WithStoreAsync(s => s.Notifications.ListByOwnerAsync(GoogleTestHost.Owner, new PageRequest(0, 50)));
        var notification = Assert.Single(notifications, n => n.Payload!.Contains(account.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal("mailbox.disconnected", notification.Kind);
        Assert.NotNull(notification.DeduplicationKey);
        Assert.DoesNotContain("1//r-revoked", notification.Body, StringComparison.Ordinal);
    }
}
