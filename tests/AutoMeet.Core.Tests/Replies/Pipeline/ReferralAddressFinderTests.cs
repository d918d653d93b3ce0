using AutoMeet.Replies.Pipeline;

namespace AutoMeet.Core.Tests.Replies.Pipeline;

public sealed class ReferralAddressFinderTests
{
    [Fact]
    public void Find_AddressOtherThanSenderAndMailbox_ReturnsItLowerCased()
    {
        var found = ReferralAddressFinder.Find("Ask me (ada@a.example) or rather Jane.Doe@A.example.", ["ada@a.example", "seller@v.example"]);

        Assert.Equal("jane.doe@a.example", found);
    }

    [Fact]
    public void Find_OnlyExcludedAddresses_ReturnsNull() =>
        Assert.Null(ReferralAddressFinder.Find("Write to seller@v.example", ["seller@v.example"]));
}
