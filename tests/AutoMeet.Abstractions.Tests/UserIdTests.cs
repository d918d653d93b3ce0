using System.Text.Json;

namespace AutoMeet.Abstractions.Tests;

public sealed class UserIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_Blank_Throws(string value)
    {
        Assert.Throws<ArgumentException>(() => new UserId(value));
    }

    [Fact]
    public void Constructor_TooLong_ThrowsWithTheLength()
    {
        var error = Assert.Throws<ArgumentException>(() => new UserId(new string('u', 129)));

        Assert.Contains("got 129", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(new UserId("crm-42"), new UserId("crm-42"));
        Assert.NotEqual(new UserId("crm-42"), new UserId("CRM-42"));
        Assert.Equal("crm-42", new UserId("crm-42").ToString());
    }

    [Fact]
    public void Json_RoundTripsAsString()
    {
        var json = JsonSerializer.Serialize(new UserId("crm-42"));

        Assert.Equal("\"crm-42\"", json);
        Assert.Equal(new UserId("crm-42"), JsonSerializer.Deserialize<UserId>(json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserId>("\"\""));
    }
}
