using System.Security.Cryptography;
using AutoMeet.Google.Push;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;

namespace AutoMeet.Google.Tests.Push;

public sealed class PubSubPushVerifierTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    private GoogleTestHost Host(Action<GoogleOptions>? configure = null) => GoogleTestHost.Create(_server, configure: o =>
    {
        o.Push.PubSubAudience = PushTokens.Audience;
        o.Push.PubSubServiceAccountEmail = PushTokens.ServiceAccount;
        configure?.Invoke(o);
    });

    private async Task<PubSubPushStatus> VerifyAsync(string? header, Action<GoogleOptions>? configure = null)
    {
        await using var host = Host(configure);
        return (await host.Get<PubSubPushVerifier>().VerifyAsync(header)).Status;
    }

    [Fact]
    public async Task VerifyAsync_TokenSignedByPublishedKey_IsValid()
    {
        var status = await VerifyAsync("Bearer " + PushTokens.Sign(FakeGoogleServer.PushSigningKey));

        Assert.Equal(PubSubPushStatus.Valid, status);
        Assert.Contains(_server.Requests, r => r.Path == "oauth2/v3/certs");
    }

    [Fact]
    public async Task VerifyAsync_IssuerWithoutScheme_IsValid()
    {
        Assert.Equal(PubSubPushStatus.Valid, await VerifyAsync("Bearer " + PushTokens.Sign(FakeGoogleServer.PushSigningKey, issuer: "accounts.google.com")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task VerifyAsync_NoBearerToken_IsMissingToken(string? header)
    {
        Assert.Equal(PubSubPushStatus.MissingToken, await VerifyAsync(header));
    }

    [Fact]
    public async Task VerifyAsync_UnsignedToken_IsRejected()
    {
        Assert.Equal(PubSubPushStatus.InvalidSignature, await VerifyAsync("Bearer " + PushTokens.Unsigned()));
    }

    [Fact]
    public async Task VerifyAsync_SignedByAnotherKey_IsInvalidSignature()
    {
        using var other = RSA.Create(2048);

        Assert.Equal(PubSubPushStatus.InvalidSignature, await VerifyAsync("Bearer " + PushTokens.Sign(other)));
    }

    [Fact]
    public async Task VerifyAsync_TamperedPayload_IsInvalidSignature()
    {
        var token = PushTokens.Sign(FakeGoogleServer.PushSigningKey).Split('.');
        var forged = PushTokens.Sign(FakeGoogleServer.PushSigningKey, email: "attacker@evil.example").Split('.');

        Assert.Equal(PubSubPushStatus.InvalidSignature, await VerifyAsync($"Bearer {token[0]}.{forged[1]}.{token[2]}"));
    }

    [Fact]
    public async Task VerifyAsync_ExpiredToken_IsExpired()
    {
        var token = PushTokens.Sign(FakeGoogleServer.PushSigningKey, issuedAt: TimeProvider.System.GetUtcNow().AddHours(-2), lifetime: TimeSpan.FromHours(1));

        Assert.Equal(PubSubPushStatus.Expired, await VerifyAsync("Bearer " + token));
    }

    [Fact]
    public async Task VerifyAsync_WrongAudience_IsWrongAudience()
    {
        var token = PushTokens.Sign(FakeGoogleServer.PushSigningKey, audience: "https://other.example.com/push");

        Assert.Equal(PubSubPushStatus.WrongAudience, await VerifyAsync("Bearer " + token));
    }

    [Fact]
    public async Task VerifyAsync_WrongIssuer_IsWrongIssuer()
    {
        var token = PushTokens.Sign(FakeGoogleServer.PushSigningKey, issuer: "https://evil.example.com");

        Assert.Equal(PubSubPushStatus.WrongIssuer, await VerifyAsync("Bearer " + token));
    }

    [Theory]
    [InlineData("someone-else@automeet-test.iam.gserviceaccount.com", true)]
    [InlineData(PushTokens.ServiceAccount, false)]
    public async Task VerifyAsync_OtherOrUnverifiedServiceAccount_IsWrongServiceAccount(string email, bool verified)
    {
        var token = PushTokens.Sign(FakeGoogleServer.PushSigningKey, email: email, emailVerified: verified);

        Assert.Equal(PubSubPushStatus.WrongServiceAccount, await VerifyAsync("Bearer " + token));
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task VerifyAsync_Garbage_IsMalformed(string header)
    {
        Assert.Equal(PubSubPushStatus.Malformed, await VerifyAsync(header));
    }

    [Fact]
    public async Task VerifyAsync_AudienceNotConfigured_RejectsEvenAValidToken()
    {
        var status = await VerifyAsync("Bearer " + PushTokens.Sign(FakeGoogleServer.PushSigningKey), o => o.Push.PubSubAudience = null);

        Assert.Equal(PubSubPushStatus.NotConfigured, status);
    }
}
