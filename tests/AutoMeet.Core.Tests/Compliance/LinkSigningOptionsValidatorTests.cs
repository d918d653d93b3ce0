using AutoMeet.Compliance;

namespace AutoMeet.Core.Tests.Compliance;

public sealed class LinkSigningOptionsValidatorTests
{
    private static string Validate(Action<LinkSigningOptions> configure)
    {
        var options = new LinkSigningOptions();
        configure(options);
        var result = new LinkSigningOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : string.Empty;
    }

    [Fact]
    public void Validate_Empty_Succeeds() => Assert.Equal(string.Empty, Validate(_ => { }));

    [Fact]
    public void Validate_GoodRing_Succeeds() => Assert.Equal(string.Empty, Validate(o =>
    {
        o.Keys["k1"] = ComplianceHost.NewKey();
        o.ActiveKeyId = "k1";
    }));

    [Fact]
    public void Validate_ActiveWithoutKeys_NamesActiveKeyId() =>
        Assert.Contains("AutoMeet:LinkSigning:ActiveKeyId", Validate(o => o.ActiveKeyId = "k1"), StringComparison.Ordinal);

    [Fact]
    public void Validate_ShortKey_NamesTheKey() => Assert.Contains("AutoMeet:LinkSigning:Keys:k1 is not the base64 of a 256-bit", Validate(o =>
    {
        o.Keys["k1"] = Convert.ToBase64String(new byte[16]);
        o.ActiveKeyId = "k1";
    }), StringComparison.Ordinal);

    [Fact]
    public void Validate_DotInKeyId_IsRejected() => Assert.Contains("key id 'k.1' is invalid", Validate(o =>
    {
        o.Keys["k.1"] = ComplianceHost.NewKey();
        o.ActiveKeyId = "k.1";
    }), StringComparison.Ordinal);

    [Fact]
    public void Validate_ActiveNotInRing_NamesActiveKeyId() => Assert.Contains("ActiveKeyId 'k2' is not one of the ids", Validate(o =>
    {
        o.Keys["k1"] = ComplianceHost.NewKey();
        o.ActiveKeyId = "k2";
    }), StringComparison.Ordinal);

    [Fact]
    public void Validate_KeysWithoutActive_RequiresActiveKeyId() => Assert.Contains("ActiveKeyId is required", Validate(o => o.Keys["k1"] = ComplianceHost.NewKey()), StringComparison.Ordinal);
}
