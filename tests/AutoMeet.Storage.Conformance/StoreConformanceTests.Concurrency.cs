using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Two writers update the same version: the second gets a conflict and the first writer's state is kept.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_TwoWritersFromSameVersion_SecondGetsConcurrencyConflict()
    {
        var graph = await SeedGraphAsync();
        await using var firstScope = OpenScope();
        await using var secondScope = OpenScope();
        var first = await StoreOf(firstScope).Campaigns.FindAsync(graph.Campaign.Id);
        var second = await StoreOf(secondScope).Campaigns.FindAsync(graph.Campaign.Id);

        first!.Name = "First writer";
        await StoreOf(firstScope).Campaigns.UpdateAsync(first);
        second!.Name = "Second writer";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => StoreOf(secondScope).Campaigns.UpdateAsync(second));

        var found = await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id));
        Assert.Equal("First writer", found!.Name);
        Assert.Equal(2, found.Version);
        Assert.Equal(1, conflict.ExpectedVersion);
    }

    /// <summary>A stale update of an aggregate with children changes neither the aggregate nor its children.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_StaleSequence_ThrowsAndKeepsFirstWritersSteps()
    {
        var sequence = await AddAsync(s => s.Sequences, ConformanceData.Sequence(ConformanceData.NewOwner()));
        var first = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));
        var second = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));

        first!.Steps.RemoveAt(2);
        await InNewScopeAsync(s => s.Sequences.UpdateAsync(first));
        second!.Steps.Clear();
        second.Name = "Stale";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.Sequences.UpdateAsync(second)));

        var found = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));
        EntityAssert.Equivalent(first, found);
    }

    /// <summary>Updating an entity that another writer deleted fails with a conflict and does not bring it back.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_DeletedEntity_ThrowsConcurrencyConflict()
    {
        var prospect = await SeedProspectAsync(ConformanceData.NewOwner());
        var loaded = await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id));
        Assert.True(await InNewScopeAsync(s => s.Prospects.DeleteAsync(prospect.Id)));

        loaded!.Title = "Ghost";
        Advance(Duration.FromSeconds(1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.Prospects.UpdateAsync(loaded)));

        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id)));
    }
}
