using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CampaignEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "campaign-owner-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Create_ValidBody_Returns201DraftThatCanBeListedAndFetched()
    {
        using var client = factory.CreateClientFor(_owner);

        var created = await client.PostAsJsonAsync("/api/campaigns", new { name = "  Q3 outreach ", description = "Founders in Berlin" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = campaign.GetProperty("id").GetString();
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal("Q3 outreach", campaign.GetProperty("name").GetString());
        Assert.Equal("Draft", campaign.GetProperty("status").GetString());
        Assert.EndsWith("Z", campaign.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/campaigns/{id}", created.Headers.Location?.OriginalString);

        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        Assert.Equal("Founders in Berlin", fetched.GetProperty("description").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/campaigns");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_SkipAndTake_ReturnsThePage()
    {
        using var client = factory.CreateClientFor(_owner);
        foreach (var name in new[] { "one", "two", "three" })
        {
            (await client.PostAsJsonAsync("/api/campaigns", new { name })).EnsureSuccessStatusCode();
        }

        var page = await client.GetFromJsonAsync<JsonElement>("/api/campaigns?skip=1&take=1");

        Assert.Equal("two", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(1, page.GetProperty("skip").GetInt32());
        Assert.Equal(1, page.GetProperty("take").GetInt32());
    }

    [Fact]
    public async Task Get_CampaignOfAnotherOwner_Returns404Problem()
    {
        using var owner = factory.CreateClientFor(_owner);
        var created = await (await owner.PostAsJsonAsync("/api/campaigns", new { name = "mine" })).Content.ReadFromJsonAsync<JsonElement>();
        using var other = factory.CreateClientFor("someone-else");

        var response = await other.GetAsync($"/api/campaigns/{created.GetProperty("id").GetString()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithoutOwnerHeader_UsesDemoUser()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/campaigns");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
