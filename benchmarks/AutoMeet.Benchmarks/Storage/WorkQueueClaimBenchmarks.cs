using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using AutoMeet.Work;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Benchmarks.Storage;

/// <summary>
/// Claims and completes a batch of due work items through the EF Core store on SQLite, beside the same work done
/// with plain SQL on the same database (the baseline), to show what the store's abstraction costs.
/// </summary>
[MemoryDiagnoser]
public class WorkQueueClaimBenchmarks
{
    private string _path = null!;
    private ServiceProvider _services = null!;

    [Params(100)]
    public int Batch { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"automeet-bench-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddAutoMeet()
            .AddEntityFrameworkStore(o => o.ConnectionString = $"Data Source={_path}");
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
    }

    [IterationSetup]
    public void Enqueue()
    {
        using var scope = _services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var now = SystemClock.Instance.GetCurrentInstant();
        var items = Enumerable.Range(0, Batch)
            .Select(i => new WorkItem { Kind = "bench", Key = Guid.NewGuid().ToString("N"), DueAt = now - Duration.FromMinutes(1) })
            .ToList();
        store.WorkQueue.AddRangeAsync(items).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "EF store: claim batch + complete each")]
    public async Task<int> StoreClaimAndComplete()
    {
        await using var scope = _services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().WorkQueue;
        var claimed = await queue.ClaimDueAsync(new LeaseClaim("bench", Batch, Duration.FromMinutes(5), ["bench"]));
        foreach (var item in claimed)
        {
            await queue.CompleteAsync(item.Id, "bench");
        }

        return claimed.Count;
    }

    [Benchmark(Baseline = true, Description = "plain SQL: claim batch + complete each")]
    public async Task<int> PlainSqlClaimAndComplete()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        var ids = new List<string>(Batch);
        var now = SystemClock.Instance.GetCurrentInstant().ToUnixTimeTicks();
        await using (var claim = connection.CreateCommand())
        {
            claim.CommandText = PlainSql.Claim;
            claim.Parameters.AddWithValue("$now", now);
            claim.Parameters.AddWithValue("$expires", now + TimeSpan.TicksPerMinute * 5);
            claim.Parameters.AddWithValue("$n", Batch);
            await using var reader = await claim.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            await using var complete = connection.CreateCommand();
            complete.CommandText = PlainSql.Complete;
            complete.Parameters.AddWithValue("$id", id);
            complete.Parameters.AddWithValue("$now", now);
            await complete.ExecuteNonQueryAsync();
        }

        return ids.Count;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
