using System.Net;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class HealthAndOpenApiTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    [Fact]
    public async Task Health_Get_Returns200WithHealthyStore()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("store").GetString());
        Assert.True(File.Exists(factory.SqliteFile), "The SQLite file (and its folder) should be created at start-up.");
    }

    [Fact]
    public async Task OpenApi_Get_ListsApiPaths()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        var names = paths.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "/health", "/api/campaigns", "/api/campaigns/{id}", "/api/prospects", "/api/prospects/{id}", "/api/prospects/import" },
            names);
        Assert.True(paths.GetProperty("/api/campaigns").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task UnknownRoute_Get_Returns404Problem()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/nothing-here");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
