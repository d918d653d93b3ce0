using AutoMeet.Enrichment.Text;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    public void Similarity_KnownPairs_MatchPublishedValues(string left, string right, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(left, right), 4);
    }

    [Fact]
    public void Similarity_IsSymmetric()
    {
        Assert.Equal(JaroWinkler.Similarity("jonathan", "jonathon"), JaroWinkler.Similarity("jonathon", "jonathan"), 10);
    }
}
