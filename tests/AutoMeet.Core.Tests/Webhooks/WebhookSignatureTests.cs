using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AutoMeet.Webhooks;

namespace AutoMeet.Core.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_0123456789abcdef";
    private const string Body = "{\"id\":\"42\",\"type\":\"meeting.booked\"}";
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sign_KnownBody_IsHmacSha256OfTimestampDotBody()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);

        var t = SignedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(t + "." + Body)));
        Assert.Equal($"t={t},v1={expected}", header);
    }

    [Fact]
    public void Verify_GoodSignatureWithinTolerance_ReturnsTrue()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);

        Assert.True(WebhookSignature.Verify(Secret, header, Body, SignedAt.AddMinutes(4), WebhookSignature.DefaultTolerance));
        Assert.True(WebhookSignature.Verify(Secret, header, Encoding.UTF8.GetBytes(Body), SignedAt.AddMinutes(-4), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_TamperedBody_ReturnsFalse()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);

        Assert.False(WebhookSignature.Verify(Secret, header, Body.Replace("42", "43", StringComparison.Ordinal), SignedAt, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body + " ", SignedAt, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_WrongSecret_ReturnsFalse()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);

        Assert.False(WebhookSignature.Verify("whsec_another-secret-value", header, Body, SignedAt, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_StaleOrFutureTimestamp_ReturnsFalse()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);

        Assert.False(WebhookSignature.Verify(Secret, header, Body, SignedAt.AddMinutes(6), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SignedAt.AddMinutes(-6), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_TimestampChangedInHeader_ReturnsFalse()
    {
        var header = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);
        var t = SignedAt.ToUnixTimeSeconds();
        var replayed = header.Replace($"t={t}", $"t={t + 60}", StringComparison.Ordinal);

        Assert.False(WebhookSignature.Verify(Secret, replayed, Body, SignedAt.AddSeconds(60), WebhookSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=1793606400")]
    [InlineData("t=notanumber,v1=00")]
    public void Verify_MissingOrMalformedHeader_ReturnsFalse(string? header) =>
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SignedAt, WebhookSignature.DefaultTolerance));

    [Fact]
    public void Verify_SeveralV1ValuesDuringRotation_AcceptsIfAnyMatches()
    {
        var current = WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(Body), SignedAt);
        var old = WebhookSignature.Sign("whsec_previous-secret-value", Encoding.UTF8.GetBytes(Body), SignedAt);
        var combined = old + "," + current[(current.IndexOf(',', StringComparison.Ordinal) + 1)..];

        Assert.True(WebhookSignature.Verify(Secret, combined, Body, SignedAt, WebhookSignature.DefaultTolerance));
        Assert.True(WebhookSignature.Verify("whsec_previous-secret-value", combined, Body, SignedAt, WebhookSignature.DefaultTolerance));
    }
}
