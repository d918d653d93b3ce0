using System.Collections.Concurrent;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Tests.Stores;

/// <summary>Proves claims are atomic across connections: parallel claimers, each in its own scope, get each item exactly once.</summary>
public sealed class ClaimConcurrencyTests
{
    private const int ItemCount = 1000;

    [PostgresFact]
    [Trait("Category", "PostgreSql")]
    public async Task ClaimDueAsync_EightParallelClaimersOnPostgreSql_ClaimEachItemExactlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = new StoreHost(StoreProvider.PostgreSql, database.ConnectionString);
        await host.InitializeAsync();

        await AssertEachItemClaimedOnceAsync(host, claimers: 8);
    }

    [Fact]
    public async Task ClaimDueAsync_FourParallelClaimersOnSqlite_ClaimEachItemExactlyOnce()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await host.InitializeAsync();

        await AssertEachItemClaimedOnceAsync(host, claimers: 4);
    }

    private static async Task AssertEachItemClaimedOnceAsync(StoreHost host, int claimers)
    {
        var due = host.Now - Duration.FromMinutes(1);
        var items = Enumerable.Range(0, ItemCount)
            .Select(i => new WorkItem { Kind = "send-step", Key = $"item-{i}", DueAt = due + Duration.FromMilliseconds(i) })
            .ToList();
        await host.InScopeAsync(s => s.WorkQueue.AddRangeAsync(items));

        var claimed = new ConcurrentBag<Id<WorkItem>>();
        using var start = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, claimers).Select(worker => Task.Run(async () =>
        {
            start.Wait();
            var claim = new LeaseClaim($"worker-{worker}", maxItems: 7, Duration.FromMinutes(5));
            while (true)
            {
                var batch = await host.InScopeAsync(s => s.WorkQueue.ClaimDueAsync(claim));
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var item in batch)
                {
                    Assert.Equal(claim.LeaseOwner, item.LeaseOwner);
                    Assert.Equal(1, item.Attempts);
                    claimed.Add(item.Id);
                }
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(ItemCount, claimed.Count);
        Assert.Equal(ItemCount, claimed.Distinct().Count());
    }
}
