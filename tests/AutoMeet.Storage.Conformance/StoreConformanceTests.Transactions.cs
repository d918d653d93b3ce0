namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Writes made in a transaction that completes are all stored, and its result is returned.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ExecuteInTransactionAsync_WorkSucceeds_CommitsEveryWrite()
    {
        var graph = await SeedGraphAsync();
        var prospect = ConformanceData.Prospect(graph.OwnerId);

        var result = await InNewScopeAsync(store => store.ExecuteInTransactionAsync(async ct =>
        {
            await store.Prospects.AddAsync(prospect, ct);
            var campaign = await store.Campaigns.FindAsync(graph.Campaign.Id, ct);
            campaign!.Name = "Changed in transaction";
            await store.Campaigns.UpdateAsync(campaign, ct);
            return 42;
        }));

        Assert.Equal(42, result);
        Assert.NotNull(await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id)));
        Assert.Equal("Changed in transaction", (await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id)))!.Name);
    }

    /// <summary>When the work throws after two writes, neither is stored and the exception reaches the caller.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ExecuteInTransactionAsync_WorkThrowsAfterTwoWrites_RollsBackBothAndRethrows()
    {
        var graph = await SeedGraphAsync();
        var prospect = ConformanceData.Prospect(graph.OwnerId);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => InNewScopeAsync(store => store.ExecuteInTransactionAsync<int>(async ct =>
        {
            await store.Prospects.AddAsync(prospect, ct);
            var campaign = await store.Campaigns.FindAsync(graph.Campaign.Id, ct);
            campaign!.Name = "Rolled back";
            await store.Campaigns.UpdateAsync(campaign, ct);
            throw new InvalidOperationException("work failed");
        })));

        Assert.Equal("work failed", thrown.Message);
        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id)));
        var campaign = await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id));
        Assert.Equal(graph.Campaign.Name, campaign!.Name);
        Assert.Equal(1, campaign.Version);
    }

    /// <summary>A nested transaction joins the outer one: when the outer work throws, the inner writes are rolled back too.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ExecuteInTransactionAsync_NestedThenOuterThrows_RollsBackInnerWrites()
    {
        var graph = await SeedGraphAsync();
        var inner = ConformanceData.Prospect(graph.OwnerId);
        var outer = ConformanceData.Prospect(graph.OwnerId);

        await Assert.ThrowsAsync<InvalidOperationException>(() => InNewScopeAsync(store => store.ExecuteInTransactionAsync<int>(async ct =>
        {
            await store.Prospects.AddAsync(outer, ct);
            await store.ExecuteInTransactionAsync(async innerCt =>
            {
                await store.Prospects.AddAsync(inner, innerCt);
                return true;
            }, ct);
            throw new InvalidOperationException("outer failed");
        })));

        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(inner.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(outer.Id)));
    }
}
