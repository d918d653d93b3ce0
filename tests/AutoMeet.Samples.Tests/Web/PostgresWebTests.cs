using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AutoMeet.Samples.Tests.Infrastructure;

namespace AutoMeet.Samples.Tests.Web;

public sealed class PostgresWebTests
{
    [PostgresFact]
    public async Task WebSample_OnPostgreSql_CreatesSchemaAndServesTheApi()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var factory = new SampleWebFactory { PostgresConnectionString = database.ConnectionString };
        using var client = factory.CreateClientFor("pg-owner");

        var health = await client.GetAsync("/health");
        var campaign = await client.PostAsJsonAsync("/api/campaigns", new { name = "On PostgreSQL" });
        var import = await client.PostAsync("/api/prospects/import", new StringContent("email,firstName\na@example.com,A\nbad,B\n", Encoding.UTF8, "text/csv"));
        var duplicate = await client.PostAsJsonAsync("/api/prospects", new { email = "A@example.com", firstName = "A" });

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Created, campaign.StatusCode);
        Assert.Equal(1, (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.Conflict);
        Assert.Equal((1, 1), await factory.CountAsync("pg-owner"));
        Assert.False(File.Exists(factory.SqliteFile), "The PostgreSQL connection string must switch the store away from SQLite.");
    }
}
