using System.Text.Json;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;

namespace AutoMeet.Abstractions.Tests;

public sealed class IdTests
{
    [Fact]
    public void New_TwoCalls_AreDistinctVersion7Ids()
    {
        var first = Id<Campaign>.New();
        var second = Id<Campaign>.New();

        Assert.NotEqual(first, second);
        Assert.Equal(7, first.Value.Version);
        Assert.False(first.IsEmpty);
        Assert.True(Id<Campaign>.Empty.IsEmpty);
    }

    [Fact]
    public void ComparisonOperators_FollowGuidOrder()
    {
        var low = new Id<Campaign>(Guid.Parse("00000000-0000-7000-8000-000000000001"));
        var high = new Id<Campaign>(Guid.Parse("00000001-0000-7000-8000-000000000000"));

        Assert.True(low < high);
        Assert.True(low <= high);
        Assert.True(high > low);
        Assert.True(high >= low);
        Assert.False(high <= low);
    }

    [Fact]
    public void Parse_RoundTripsToString()
    {
        var id = Id<Prospect>.New();

        Assert.Equal(id, Id<Prospect>.Parse(id.ToString(), null));
        Assert.True(Id<Prospect>.TryParse(id.ToString(), null, out var parsed));
        Assert.Equal(id, parsed);
    }

    [Fact]
    public void Parse_NotAGuid_ThrowsNamingTheEntity()
    {
        var error = Assert.Throws<FormatException>(() => Id<Prospect>.Parse("nope", null));

        Assert.Equal("'nope' is not a valid Prospect id (expected a GUID).", error.Message);
        Assert.False(Id<Prospect>.TryParse("nope", null, out _));
    }

    [Fact]
    public void Json_WritesAPlainGuidAndReadsItBack()
    {
        var id = new Id<Campaign>(Guid.Parse("0195a4c3-0000-7000-8000-000000000001"));

        var json = JsonSerializer.Serialize(id);

        Assert.Equal("\"0195a4c3-0000-7000-8000-000000000001\"", json);
        Assert.Equal(id, JsonSerializer.Deserialize<Id<Campaign>>(json));
    }

    [Theory]
    [InlineData("\"nope\"")]
    [InlineData("42")]
    public void Json_NotAGuid_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Id<Campaign>>(json));
    }
}
