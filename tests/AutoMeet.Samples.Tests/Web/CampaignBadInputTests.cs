using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CampaignBadInputTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "bad-campaign-" + Guid.NewGuid().ToString("N");

    private async Task AssertNothingStoredAsync() => Assert.Equal((0, 0), await factory.CountAsync(_owner));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{}", "name", "is required.")]
    [InlineData("{\"name\":\"   \"}", "name", "is required.")]
    [InlineData("{\"name\":null,\"description\":\"x\"}", "name", "is required.")]
    public async Task Create_MissingName_ReturnsProblemNamingNameAndStoresNothing(string body, string field, string message)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/campaigns", Json(body));

        Assert.Equal(message, await ProblemAssert.IsValidationProblemAsync(response, field));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Create_NameTooLong_ReturnsProblemNamingName()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = new string('n', 201) });

        Assert.Equal("is 201 characters long; at most 200 are allowed.", await ProblemAssert.IsValidationProblemAsync(response, "name"));
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("{\"name\":", "body")]
    [InlineData("not json at all", "body")]
    [InlineData("", "body")]
    [InlineData("null", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("{\"name\":42}", "name")]
    [InlineData("{\"name\":\"ok\",\"description\":{\"a\":1}}", "description")]
    public async Task Create_InvalidJson_ReturnsProblemNamingTheIssue(string body, string field)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/campaigns", Json(body));

        var message = await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.False(string.IsNullOrWhiteSpace(message));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Create_NotJsonContentType_Returns415Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsync("/api/campaigns", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Routing rejects the media type (the endpoint declares what it accepts); status code pages make it a problem.
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Create_BodyTooLarge_Returns413Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = "big", description = new string('d', 70_000) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("take=0", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("take=abc", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("skip=99999999999", "skip")]
    public async Task List_PagingOutOfRange_ReturnsProblemNamingParameter(string query, string field)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync($"/api/campaigns?{query}");

        Assert.Contains("is not a whole number", await ProblemAssert.IsValidationProblemAsync(response, field), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Get_BadId_ReturnsProblemNamingId(string id)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync($"/api/campaigns/{id}");

        Assert.Contains(id, await ProblemAssert.IsValidationProblemAsync(response, "id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404ProblemNamingId()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = Guid.NewGuid();

        var response = await client.GetAsync($"/api/campaigns/{id}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(id.ToString(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OwnerHeaderTooLong_ReturnsProblemNamingHeader()
    {
        using var client = factory.CreateClientFor(new string('u', 129));

        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = "x" });

        await ProblemAssert.IsValidationProblemAsync(response, "X-AutoMeet-User");
    }
}
