using System.Buffers.Text;
using System.Text;
using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Core.Tests.Compliance;

public sealed class HmacLinkSignerTests : IAsyncDisposable
{
    private static readonly string KeyA = ComplianceHost.NewKey();
    private static readonly string KeyB = ComplianceHost.NewKey();
    private readonly ComplianceHost _host = new(o =>
    {
        o.Keys["a"] = KeyA;
        o.ActiveKeyId = "a";
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Instant Now => Instant.FromDateTimeOffset(_host.Time.GetUtcNow());

    private LinkTokenPayload Payload(string purpose = "unsubscribe", Duration? validFor = null) =>
        new(purpose, ["owner-1", "ann@example.com"], Now + (validFor ?? Duration.FromDays(30)));

    [Fact]
    public void Verify_FreshToken_IsValidWithPayload()
    {
        var token = _host.Signer.Sign(Payload());

        var result = _host.Signer.Verify(token, "unsubscribe");

        Assert.Equal(LinkVerificationStatus.Valid, result.Status);
        Assert.True(result.IsValid);
        Assert.Equal("unsubscribe", result.Payload!.Purpose);
        Assert.Equal(["owner-1", "ann@example.com"], result.Payload.Subjects);
        Assert.Equal(Now.ToUnixTimeSeconds() + (30 * 86400), result.Payload.ExpiresAt.ToUnixTimeSeconds());
        Assert.Matches("^v1\\.a\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Verify_AfterExpiry_IsExpired()
    {
        var token = _host.Signer.Sign(Payload(validFor: Duration.FromHours(1)));
        _host.Time.Advance(TimeSpan.FromHours(1));

        var result = _host.Signer.Verify(token, "unsubscribe");

        Assert.Equal(LinkVerificationStatus.Expired, result.Status);
        Assert.NotNull(result.Payload);
    }

    [Fact]
    public void Verify_OtherPurpose_IsWrongPurpose()
    {
        var token = _host.Signer.Sign(Payload("approval"));

        Assert.Equal(LinkVerificationStatus.WrongPurpose, _host.Signer.Verify(token, "unsubscribe").Status);
    }

    [Fact]
    public void Verify_PayloadSwapped_IsBadSignature()
    {
        var token = _host.Signer.Sign(Payload());
        var parts = token.Split('.');
        parts[2] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"p\":\"unsubscribe\",\"s\":[\"owner-1\",\"bob@example.com\"],\"e\":9999999999}"));

        var result = _host.Signer.Verify(string.Join('.', parts), "unsubscribe");

        Assert.Equal(LinkVerificationStatus.BadSignature, result.Status);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void Verify_MacFlipped_IsBadSignature()
    {
        var token = _host.Signer.Sign(Payload());

        // Flip a character inside the MAC: the last base64url character also carries padding bits, so changing it
        // does not always change the decoded bytes.
        var index = token.Length - 5;
        var flipped = token[index] == 'A' ? 'B' : 'A';

        Assert.Equal(LinkVerificationStatus.BadSignature, _host.Signer.Verify(token[..index] + flipped + token[(index + 1)..], "unsubscribe").Status);
    }

    [Fact]
    public async Task Verify_SignedWithForeignKey_IsBadSignature()
    {
        await using var other = new ComplianceHost(o =>
        {
            o.Keys["a"] = KeyB;
            o.ActiveKeyId = "a";
        });
        var token = other.Signer.Sign(Payload());

        Assert.Equal(LinkVerificationStatus.BadSignature, _host.Signer.Verify(token, "unsubscribe").Status);
    }

    [Fact]
    public async Task Verify_UnknownKeyId_IsBadSignature()
    {
        await using var other = new ComplianceHost(o =>
        {
            o.Keys["z"] = KeyA;
            o.ActiveKeyId = "z";
        });

        Assert.Equal(LinkVerificationStatus.BadSignature, _host.Signer.Verify(other.Signer.Sign(Payload()), "unsubscribe").Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("v1.")]
    [InlineData("v1..")]
    [InlineData("v1.a.b")]
    [InlineData("v1.a..")]
    [InlineData("v2.a.eyJ9.AAAA")]
    [InlineData("v1.a.%%%.AAAA")]
    [InlineData("v1.a.b.c.d")]
    [InlineData("v1.a b.eyJ9.AAAA")]
    public void Verify_Garbled_IsMalformedAndNeverThrows(string? token)
    {
        var result = _host.Signer.Verify(token, "unsubscribe");

        Assert.Equal(LinkVerificationStatus.Malformed, result.Status);
        Assert.Null(result.Payload);
    }

    [Fact]
    public async Task Verify_AfterRotation_OldTokensVerifyAndNewTokensUseActiveKey()
    {
        var old = _host.Signer.Sign(Payload());
        await using var rotated = new ComplianceHost(o =>
        {
            o.Keys["a"] = KeyA;
            o.Keys["b"] = KeyB;
            o.ActiveKeyId = "b";
        });

        var fresh = rotated.Signer.Sign(Payload());

        Assert.Equal(LinkVerificationStatus.Valid, rotated.Signer.Verify(old, "unsubscribe").Status);
        Assert.StartsWith("v1.b.", fresh, StringComparison.Ordinal);
        Assert.Equal(LinkVerificationStatus.Valid, rotated.Signer.Verify(fresh, "unsubscribe").Status);
        Assert.Equal(LinkVerificationStatus.BadSignature, _host.Signer.Verify(fresh, "unsubscribe").Status);
    }

    [Fact]
    public async Task Sign_NoKeysConfigured_UsesEphemeralDevelopmentKey()
    {
        await using var dev = new ComplianceHost();

        var token = dev.Signer.Sign(Payload());

        Assert.StartsWith("v1.dev-", token, StringComparison.Ordinal);
        Assert.True(dev.Signer.Verify(token, "unsubscribe").IsValid);
    }

    [Fact]
    public void Sign_BlankPurpose_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => _host.Signer.Sign(new LinkTokenPayload(" ", [], Now)));
    }
}
