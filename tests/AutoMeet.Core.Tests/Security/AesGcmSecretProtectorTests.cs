using System.Security.Cryptography;
using AutoMeet.Accounts;
using AutoMeet.Security;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Core.Tests.Security;

public sealed class AesGcmSecretProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    internal static AesGcmSecretProtector Create(string active, ILogger<AesGcmSecretProtector>? logger = null, params (string Id, string Key)[] keys)
    {
        var options = new SecretProtectionOptions { ActiveKeyId = active };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return new AesGcmSecretProtector(Microsoft.Extensions.Options.Options.Create(options), logger);
    }

    [Fact]
    public void Protect_ThenUnprotect_ReturnsPlaintext()
    {
        var sut = Create("a", null, ("a", KeyA));

        var secret = sut.Protect("1//refresh-token-é", "google.refresh-token");

        Assert.Equal("1//refresh-token-é", sut.Unprotect(secret, "google.refresh-token"));
    }

    [Fact]
    public void Protect_Always_UsesV1FormatWithActiveKeyIdAndNeverThePlaintext()
    {
        var sut = Create("b", null, ("a", KeyA), ("b", KeyB));

        var secret = sut.Protect("ya29.access", "google.access-token");

        Assert.StartsWith("v1:b:", secret.CipherText, StringComparison.Ordinal);
        Assert.DoesNotContain("ya29", secret.CipherText, StringComparison.Ordinal);
        var payload = Convert.FromBase64String(secret.CipherText["v1:b:".Length..]);
        Assert.Equal(12 + "ya29.access".Length + 16, payload.Length);
        Assert.Equal("***", secret.ToString());
    }

    [Fact]
    public void Protect_SameInputTwice_UsesFreshNonces()
    {
        var sut = Create("a", null, ("a", KeyA));

        Assert.NotEqual(sut.Protect("x", "p").CipherText, sut.Protect("x", "p").CipherText);
    }

    [Fact]
    public void Unprotect_OtherPurpose_ThrowsSecretProtectionException()
    {
        var sut = Create("a", null, ("a", KeyA));
        var secret = sut.Protect("1//xyz-refresh", "google.refresh-token");

        var ex = Assert.Throws<SecretProtectionException>(() => sut.Unprotect(secret, "google.access-token"));
        Assert.Contains("google.access-token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xyz-refresh", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    public void Unprotect_TamperedPayloadByte_ThrowsSecretProtectionException(int index)
    {
        var sut = Create("a", null, ("a", KeyA));
        var secret = sut.Protect("some secret value", "p");
        var payload = Convert.FromBase64String(secret.CipherText["v1:a:".Length..]);
        payload[index] ^= 0x01;

        var tampered = new EncryptedSecret("v1:a:" + Convert.ToBase64String(payload));

        Assert.Throws<SecretProtectionException>(() => sut.Unprotect(tampered, "p"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-token")]
    [InlineData("v2:a:AAAA")]
    [InlineData("v1:a:")]
    [InlineData("v1:a:not base64!")]
    [InlineData("v1:a:AAAA")]
    public void Unprotect_MalformedCipherText_ThrowsSecretProtectionException(string cipherText)
    {
        var sut = Create("a", null, ("a", KeyA));

        Assert.Throws<SecretProtectionException>(() => sut.Unprotect(new EncryptedSecret(cipherText), "p"));
    }

    [Fact]
    public void Unprotect_ForeignKeyRingSameKeyId_ThrowsSecretProtectionException()
    {
        var other = Create("a", null, ("a", KeyB));
        var secret = other.Protect("token", "p");
        var sut = Create("a", null, ("a", KeyA));

        Assert.Throws<SecretProtectionException>(() => sut.Unprotect(secret, "p"));
    }

    [Fact]
    public void Unprotect_KeyRemovedFromRing_ThrowsNamingTheKeyId()
    {
        var old = Create("old", null, ("old", KeyA));
        var secret = old.Protect("token", "p");
        var sut = Create("new", null, ("new", KeyB));

        var ex = Assert.Throws<SecretProtectionException>(() => sut.Unprotect(secret, "p"));
        Assert.Contains("'old'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unprotect_AfterRotation_DecryptsWithOldKeyAndNeedsReprotect()
    {
        var before = Create("a", null, ("a", KeyA));
        var secret = before.Protect("token", "p");
        var after = Create("b", null, ("a", KeyA), ("b", KeyB));

        Assert.Equal("token", after.Unprotect(secret, "p"));
        Assert.True(after.NeedsReprotect(secret));
        var reprotected = after.Protect(after.Unprotect(secret, "p"), "p");
        Assert.False(after.NeedsReprotect(reprotected));
        Assert.StartsWith("v1:b:", reprotected.CipherText, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsReprotect_MalformedCipherText_ReturnsTrue()
    {
        var sut = Create("a", null, ("a", KeyA));

        Assert.True(sut.NeedsReprotect(new EncryptedSecret("legacy-plaintext")));
    }

    [Fact]
    public void Constructor_NoKeys_UsesEphemeralKeyAndLogsWarning()
    {
        var logger = new ListLogger<AesGcmSecretProtector>();

        var sut = Create(null!, logger);
        var secret = sut.Protect("token", "p");

        Assert.True(sut.IsEphemeral);
        Assert.Equal("token", sut.Unprotect(secret, "p"));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(1100, entry.EventId.Id);
        Assert.Contains("will not survive a restart", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoKeysTwice_SecretsDoNotCrossProcesses()
    {
        var first = Create(null!);
        var second = Create(null!);

        Assert.Throws<SecretProtectionException>(() => second.Unprotect(first.Protect("token", "p"), "p"));
    }

    [Fact]
    public void Unprotect_Failure_LogsPurposeButNeverTheSecret()
    {
        var logger = new ListLogger<AesGcmSecretProtector>();
        var sut = Create("a", logger, ("a", KeyA));
        var secret = sut.Protect("super-secret-token", "google.refresh-token");

        Assert.Throws<SecretProtectionException>(() => sut.Unprotect(secret, "other"));

        var entry = Assert.Single(logger.Entries);
        Assert.DoesNotContain("super-secret-token", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.CipherText, entry.Message, StringComparison.Ordinal);
    }
}
