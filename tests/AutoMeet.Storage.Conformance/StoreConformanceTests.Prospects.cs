using AutoMeet.Prospects;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A prospect is found by address in any case, only for its owner.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByEmailAsync_AddressInOtherCase_FindsOwnersProspectOnly()
    {
        var owner = ConformanceData.NewOwner();
        var prospect = await SeedProspectAsync(owner, "grace.hopper@navy.example");

        var found = await InNewScopeAsync(s => s.Prospects.FindByEmailAsync(owner, "Grace.Hopper@NAVY.example"));
        var otherOwner = await InNewScopeAsync(s => s.Prospects.FindByEmailAsync(ConformanceData.NewOwner(), "grace.hopper@navy.example"));
        var unknown = await InNewScopeAsync(s => s.Prospects.FindByEmailAsync(owner, "nobody@navy.example"));

        EntityAssert.Equivalent(prospect, found);
        Assert.Null(otherOwner);
        Assert.Null(unknown);
    }

    /// <summary>Of the given addresses, those the owner already has are returned, lower-cased.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindExistingEmailsAsync_MixedCaseInput_ReturnsStoredSubsetLowerCased()
    {
        var owner = ConformanceData.NewOwner();
        await SeedProspectAsync(owner, "a@example.com");
        await SeedProspectAsync(owner, "b@example.com");
        await SeedProspectAsync(ConformanceData.NewOwner(), "c@example.com");

        var existing = await InNewScopeAsync(s => s.Prospects.FindExistingEmailsAsync(owner, ["A@Example.com", "b@example.com", "c@example.com", "d@example.com"]));
        var none = await InNewScopeAsync(s => s.Prospects.FindExistingEmailsAsync(owner, []));

        Assert.Equal(["a@example.com", "b@example.com"], existing.Order(StringComparer.Ordinal));
        Assert.Empty(none);
    }

    /// <summary>An owner's prospects are listed oldest first, page by page.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_Prospects_OldestFirstPaged()
    {
        var owner = ConformanceData.NewOwner();
        var ids = ConformanceData.AscendingIds<Prospect>(5);
        foreach (var id in ids)
        {
            var prospect = ConformanceData.Prospect(owner);
            prospect.Id = id;
            await AddAsync(s => s.Prospects, prospect);
            Advance(Duration.FromSeconds(1));
        }

        await SeedProspectAsync(ConformanceData.NewOwner());

        var page = await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, new PageRequest(1, 3)));
        var rest = await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, new PageRequest(4, 10)));

        Assert.Equal(ids.Skip(1).Take(3), page.Select(p => p.Id));
        Assert.Equal([ids[4]], rest.Select(p => p.Id));
    }

    /// <summary>An owner's sequences are listed oldest first, each with its steps in position order.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_Sequences_OldestFirstWithStepsInPositionOrder()
    {
        var owner = ConformanceData.NewOwner();
        var ids = ConformanceData.AscendingIds<OutreachSequence>(3);
        var sequences = new List<OutreachSequence>();
        foreach (var id in ids)
        {
            var sequence = ConformanceData.Sequence(owner, stepCount: 3);
            sequence.Id = id;
            foreach (var step in sequence.Steps)
            {
                step.SequenceId = id;
            }

            sequences.Add(await AddAsync(s => s.Sequences, sequence));
            Advance(Duration.FromSeconds(1));
        }

        await AddAsync(s => s.Sequences, ConformanceData.Sequence(ConformanceData.NewOwner()));

        var listed = await InNewScopeAsync(s => s.Sequences.ListByOwnerAsync(owner, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Sequences.ListByOwnerAsync(owner, new PageRequest(2, 1)));

        EntityAssert.EquivalentSequence(sequences, listed);
        Assert.All(listed, s => Assert.Equal([0, 1, 2], s.Steps.Select(step => step.Position)));
        Assert.Equal([ids[2]], page.Select(s => s.Id));
    }
}
