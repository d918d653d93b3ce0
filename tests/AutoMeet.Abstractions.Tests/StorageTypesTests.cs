using AutoMeet.Accounts;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Abstractions.Tests;

public sealed class StorageTypesTests
{
    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, PageRequest.MaxTake + 1)]
    public void PageRequest_OutOfRange_Throws(int skip, int take)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest(skip, take));
    }

    [Fact]
    public void LeaseClaim_Valid_KeepsValuesAndDefaultsToAllKinds()
    {
        var claim = new LeaseClaim("worker-1", 25, Duration.FromMinutes(5));

        Assert.Equal("worker-1", claim.LeaseOwner);
        Assert.Equal(25, claim.MaxItems);
        Assert.Empty(claim.Kinds);
    }

    [Theory]
    [InlineData("", 1, 60)]
    [InlineData("w", 0, 60)]
    [InlineData("w", LeaseClaim.MaxBatch + 1, 60)]
    [InlineData("w", 1, 0)]
    [InlineData("w", 1, 86_401)]
    public void LeaseClaim_Invalid_Throws(string owner, int max, int seconds)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LeaseClaim(owner, max, Duration.FromSeconds(seconds)));
    }

    [Fact]
    public void EncryptedSecret_ToString_NeverShowsTheCipherText()
    {
        var secret = new EncryptedSecret("k1:c2VjcmV0");

        Assert.Equal("***", secret.ToString());
        Assert.DoesNotContain("c2VjcmV0", $"{secret}", StringComparison.Ordinal);
    }

    [Fact]
    public void ConcurrencyConflictException_NamesEntityAndVersion()
    {
        var error = new ConcurrencyConflictException("Campaign", "abc", 3);

        Assert.Equal("Campaign abc was changed by another writer since version 3 was read.", error.Message);
        Assert.IsAssignableFrom<AutoMeetException>(error);
    }
}
