using System.Web;
using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Security;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Google.Tests.OAuth;

public sealed class GoogleAuthorizationTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private const string GrantedAll = "openid email profile https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/gmail.readonly";
    private readonly FakeGoogleServer _server = fixture.Server;

    private static System.Collections.Specialized.NameValueCollection QueryOf(Uri url) => HttpUtility.ParseQueryString(url.Query);

    private string Consent(Uri url, string scope, string email)
    {
        var query = QueryOf(url);
        var code = "4/code-" + Guid.NewGuid().ToString("N");
        _server.RegisterAuthorizationCode(code, query["code_challenge"]!, scope, email, query["redirect_uri"]!);
        return code;
    }

    [Fact]
    public async Task CreateAuthorizationUrl_MailFeatures_HasPkceOfflineIncrementalMinimalScopesAndState()
    {
        await using var host = GoogleTestHost.Create(_server);
        var sut = host.Get<IGoogleAuthorization>();

        var url = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail | GoogleFeatures.ReadReplies, loginHint: "ada@example.com");

        var query = QueryOf(url);
        Assert.Equal(new Uri(_server.BaseUri, "o/oauth2/v2/auth").AbsolutePath, url.AbsolutePath);
        Assert.Equal(FakeGoogleServer.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(GoogleTestHost.RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("offline", query["access_type"]);
        Assert.Equal("true", query["include_granted_scopes"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.Equal(GrantedAll, query["scope"]);
        Assert.Equal("ada@example.com", query["login_hint"]);
        Assert.Null(query["prompt"]);
        Assert.False(string.IsNullOrEmpty(query["state"]));
    }

    [Fact]
    public async Task CompleteAsync_ValidCallback_StoresAccountWithEncryptedTokens()
    {
        await using var host = GoogleTestHost.Create(_server);
        var sut = host.Get<IGoogleAuthorization>();
        var url = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail | GoogleFeatures.ReadReplies);
        var code = Consent(url, GrantedAll, "new.user@example.com");

        var result = await sut.CompleteAsync(GoogleTestHost.Owner, code, QueryOf(url)["state"]!);

        Assert.Equal(GoogleFeatures.SendMail | GoogleFeatures.ReadReplies, result.Granted);
        Assert.Equal(GoogleFeatures.None, result.Missing);
        var account = await host.FindAccountAsync(result.AccountId);
        Assert.NotNull(account);
        Assert.Equal("new.user@example.com", account.EmailAddress);
        Assert.Equal(GoogleTestHost.Owner, account.OwnerId);
        Assert.Equal(AccountStatus.Connected, account.Status);
        Assert.Equal(GrantedAll, account.Scopes);
        Assert.StartsWith("v1:test-1:", account.RefreshToken!.Value.CipherText, StringComparison.Ordinal);
        Assert.DoesNotContain("1//refresh", account.RefreshToken.Value.CipherText, StringComparison.Ordinal);
        var protector = host.Get<ISecretProtector>();
        Assert.StartsWith("1//refresh-", protector.Unprotect(account.RefreshToken.Value, "google.refresh-token"), StringComparison.Ordinal);
        Assert.StartsWith("ya29.fake-", protector.Unprotect(account.AccessToken!.Value, "google.access-token"), StringComparison.Ordinal);

        var exchange = _server.RequestsFor("token")[^1];
        Assert.Contains("grant_type=authorization_code", exchange.Body, StringComparison.Ordinal);
        Assert.Contains("code_verifier=", exchange.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_UserUntickedReadScope_ReportsMissingFeature()
    {
        await using var host = GoogleTestHost.Create(_server);
        var sut = host.Get<IGoogleAuthorization>();
        var url = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail | GoogleFeatures.ReadReplies);
        var code = Consent(url, "openid email profile https://www.googleapis.com/auth/gmail.send", "partial@example.com");

        var result = await sut.CompleteAsync(GoogleTestHost.Owner, code, QueryOf(url)["state"]!);

        Assert.Equal(GoogleFeatures.SendMail, result.Granted);
        Assert.Equal(GoogleFeatures.ReadReplies, result.Missing);
    }

    [Fact]
    public async Task CompleteAsync_StateOfAnotherUser_ThrowsWithoutExchanging()
    {
        await using var host = GoogleTestHost.Create(_server);
        var sut = host.Get<IGoogleAuthorization>();
        var url = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail);
        var code = Consent(url, GrantedAll, "victim@example.com");
        var before = _server.RequestsFor("token").Count;

        var ex = await Assert.ThrowsAsync<GoogleAuthorizationException>(() => sut.CompleteAsync(new UserId("attacker"), code, QueryOf(url)["state"]!));

        Assert.Contains("another user", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, _server.RequestsFor("token").Count);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("djE6dGVzdC0xOkFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB")]
    public async Task CompleteAsync_ForgedState_Throws(string state)
    {
        await using var host = GoogleTestHost.Create(_server);

        await Assert.ThrowsAsync<GoogleAuthorizationException>(() => host.Get<IGoogleAuthorization>().CompleteAsync(GoogleTestHost.Owner, "4/code", state));
    }

    [Fact]
    public async Task CompleteAsync_ExpiredState_Throws()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var host = GoogleTestHost.Create(_server, time);
        var sut = host.Get<IGoogleAuthorization>();
        var url = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail);
        var code = Consent(url, GrantedAll, "late@example.com");
        time.Advance(TimeSpan.FromMinutes(16));

        var ex = await Assert.ThrowsAsync<GoogleAuthorizationException>(() => sut.CompleteAsync(GoogleTestHost.Owner, code, QueryOf(url)["state"]!));

        Assert.Contains("expired", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_ReconnectWithoutRefreshToken_KeepsStoredRefreshToken()
    {
        await using var host = GoogleTestHost.Create(_server);
        var sut = host.Get<IGoogleAuthorization>();
        var first = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail);
        var connected = await sut.CompleteAsync(GoogleTestHost.Owner, Consent(first, GrantedAll, "again@example.com"), QueryOf(first)["state"]!);
        var stored = (await host.FindAccountAsync(connected.AccountId))!.RefreshToken;

        // Google omits refresh_token on a repeated consent (incremental scopes): the stored one must be kept.
        _server.OmitRefreshTokenOnExchange = true;
        try
        {
            var second = sut.CreateAuthorizationUrl(GoogleTestHost.Owner, GoogleFeatures.SendMail | GoogleFeatures.ReadReplies);
            var again = await sut.CompleteAsync(GoogleTestHost.Owner, Consent(second, GrantedAll, "again@example.com"), QueryOf(second)["state"]!);

            Assert.Equal(connected.AccountId, again.AccountId);
            var account = await host.FindAccountAsync(again.AccountId);
            Assert.Equal(stored, account!.RefreshToken);
            Assert.Equal(GoogleFeatures.SendMail | GoogleFeatures.ReadReplies, again.Granted);
        }
        finally
        {
            _server.OmitRefreshTokenOnExchange = false;
        }
    }
}
