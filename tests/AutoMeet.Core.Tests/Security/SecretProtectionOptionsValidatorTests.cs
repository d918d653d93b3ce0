using System.Security.Cryptography;
using AutoMeet.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Security;

public sealed class SecretProtectionOptionsValidatorTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static ValidateOptionsResult Validate(string? active, params (string Id, string Key)[] keys)
    {
        var options = new SecretProtectionOptions { ActiveKeyId = active };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return new SecretProtectionOptionsValidator().Validate(null, options);
    }

    [Fact]
    public void Validate_NoKeys_Succeeds()
    {
        Assert.True(Validate(null).Succeeded);
    }

    [Fact]
    public void Validate_ValidRing_Succeeds()
    {
        Assert.True(Validate("k2", ("k1", Key), ("k2", Key)).Succeeded);
    }

    [Fact]
    public void Validate_ActiveKeyIdWithoutKeys_FailsNamingActiveKeyId()
    {
        var result = Validate("k1");

        Assert.Contains("AutoMeet:SecretProtection:ActiveKeyId is 'k1'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeysWithoutActiveKeyId_FailsNamingActiveKeyId()
    {
        var result = Validate(null, ("k1", Key));

        Assert.Contains("AutoMeet:SecretProtection:ActiveKeyId is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ActiveKeyIdNotInRing_FailsNamingIt()
    {
        var result = Validate("k9", ("k1", Key));

        Assert.Contains("ActiveKeyId 'k9' is not one of the ids", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void Validate_KeyNot256Bits_FailsNamingTheKey(string value)
    {
        var result = Validate("k1", ("k1", value));

        Assert.Contains("AutoMeet:SecretProtection:Keys:k1 is not the base64 of a 256-bit (32-byte) key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyIdWithColon_FailsNamingTheKeyId()
    {
        var result = Validate("a:b", ("a:b", Key));

        Assert.Contains("key id 'a:b' is invalid", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutoMeet_InvalidRing_FailsOnFirstUse()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        services.Configure<SecretProtectionOptions>(o => o.Keys["k1"] = "AAAA");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISecretProtector>());
        Assert.Contains("AutoMeet:SecretProtection:Keys:k1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutoMeet_NoKeys_ResolvesWorkingSingletonProtector()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var protector = provider.GetRequiredService<ISecretProtector>();

        Assert.Same(protector, provider.GetRequiredService<ISecretProtector>());
        Assert.Equal("x", protector.Unprotect(protector.Protect("x", "p"), "p"));
    }
}
