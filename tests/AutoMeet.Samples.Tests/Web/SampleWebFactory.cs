using AutoMeet.Samples.Tests.Infrastructure;
using AutoMeet.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>Hosts the web sample in memory on its own temporary SQLite database (or on a given PostgreSQL database).</summary>
public class SampleWebFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _temp = new();

    public string? PostgresConnectionString { get; init; }

    /// <summary>Gets a value indicating whether the host runs its background jobs (off by default: tests drive jobs themselves).</summary>
    public bool RunJobs { get; init; }

    public string SqliteFile => Path.Combine(_temp.Path, "data", "automeet.db");

    public HttpClient CreateClientFor(string owner)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-AutoMeet-User", owner);
        return client;
    }

    /// <summary>Counts an owner's campaigns and prospects straight from the store.</summary>
    public async Task<(int Campaigns, int Prospects)> CountAsync(string owner)
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var page = new PageRequest(0, PageRequest.MaxTake);
        var campaigns = await store.Campaigns.ListByOwnerAsync(new UserId(owner), page);
        var prospects = await store.Prospects.ListByOwnerAsync(new UserId(owner), page);
        return (campaigns.Count, prospects.Count);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:AutoMeetSqlite", _temp.SqliteConnectionString());
        builder.UseSetting("ConnectionStrings:AutoMeetPostgres", PostgresConnectionString ?? string.Empty);
        builder.UseSetting("AutoMeet:Sample:RunJobs", RunJobs ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _temp.Dispose();
        }
    }
}
