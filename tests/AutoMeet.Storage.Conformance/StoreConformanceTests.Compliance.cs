using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Suppressing the same owner, kind and value twice keeps one entry; another owner or kind is separate.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddIfAbsentAsync_SameOwnerKindAndValueTwice_AddsOnce()
    {
        var owner = ConformanceData.NewOwner();
        var otherOwner = ConformanceData.NewOwner();

        Assert.True(await InNewScopeAsync(s => s.Suppressions.AddIfAbsentAsync(ConformanceData.Suppression(owner, SuppressionKind.Address, "ada@example.com"))));
        Assert.False(await InNewScopeAsync(s => s.Suppressions.AddIfAbsentAsync(ConformanceData.Suppression(owner, SuppressionKind.Address, "ada@example.com"))));
        Assert.True(await InNewScopeAsync(s => s.Suppressions.AddIfAbsentAsync(ConformanceData.Suppression(otherOwner, SuppressionKind.Address, "ada@example.com"))));
        Assert.True(await InNewScopeAsync(s => s.Suppressions.AddIfAbsentAsync(ConformanceData.Suppression(owner, SuppressionKind.AddressHash, "ada@example.com"))));

        var listed = await InNewScopeAsync(s => s.Suppressions.ListByOwnerAsync(owner, PageRequest.First));
        Assert.Equal(2, listed.Count);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.Suppressions, ConformanceData.Suppression(owner, SuppressionKind.Address, "ada@example.com")));
    }

    /// <summary>An address suppressed for the owner matches whatever the case of the address asked about.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindMatchAsync_SuppressedAddressInAnyCase_ReturnsEntry()
    {
        var owner = ConformanceData.NewOwner();
        var entry = await AddAsync(s => s.Suppressions, ConformanceData.Suppression(owner, SuppressionKind.Address, "ada@example.com"));

        var match = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "Ada@EXAMPLE.com"));
        var noMatch = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "bob@example.com"));

        EntityAssert.Equivalent(entry, match);
        Assert.Null(noMatch);
    }

    /// <summary>A suppressed domain matches every address of that domain, and only that domain.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindMatchAsync_SuppressedDomain_MatchesEveryAddressOfIt()
    {
        var owner = ConformanceData.NewOwner();
        var entry = await AddAsync(s => s.Suppressions, ConformanceData.Suppression(owner, SuppressionKind.Domain, "competitor.example"));

        var match = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "Anyone@Competitor.example"));
        var subdomain = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "anyone@notcompetitor.example"));

        Assert.Equal(entry.Id, match!.Id);
        Assert.Null(subdomain);
    }

    /// <summary>An erased-address hash matches when the caller passes that hash, not otherwise.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindMatchAsync_SuppressedAddressHash_MatchesOnlyWhenHashGiven()
    {
        var owner = ConformanceData.NewOwner();
        var entry = await AddAsync(s => s.Suppressions, ConformanceData.Suppression(owner, SuppressionKind.AddressHash, "5e884898da28047151d0e56f8dc6292773603d0d"));

        var match = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "erased@example.com", "5e884898da28047151d0e56f8dc6292773603d0d"));
        var withoutHash = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "erased@example.com"));
        var otherHash = await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "erased@example.com", "0000"));

        Assert.Equal(entry.Id, match!.Id);
        Assert.Null(withoutHash);
        Assert.Null(otherHash);
    }

    /// <summary>Another owner's suppressions never match.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindMatchAsync_OtherOwnersEntries_ReturnsNull()
    {
        var owner = ConformanceData.NewOwner();
        var otherOwner = ConformanceData.NewOwner();
        await AddAsync(s => s.Suppressions, ConformanceData.Suppression(otherOwner, SuppressionKind.Address, "ada@example.com"));
        await AddAsync(s => s.Suppressions, ConformanceData.Suppression(otherOwner, SuppressionKind.Domain, "example.com"));
        await AddAsync(s => s.Suppressions, ConformanceData.Suppression(otherOwner, SuppressionKind.AddressHash, "hash-1"));

        Assert.Null(await InNewScopeAsync(s => s.Suppressions.FindMatchAsync(owner, "ada@example.com", "hash-1")));
    }

    /// <summary>An owner's suppressions are listed oldest first, page by page.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_Suppressions_OldestFirstPaged()
    {
        var owner = ConformanceData.NewOwner();
        var ids = ConformanceData.AscendingIds<SuppressionEntry>(3);
        var entries = new List<SuppressionEntry>();
        for (var i = 0; i < ids.Count; i++)
        {
            var entry = ConformanceData.Suppression(owner, SuppressionKind.Address, $"person{i}@example.com");
            entry.Id = ids[i];
            entries.Add(await AddAsync(s => s.Suppressions, entry));
            Advance(Duration.FromSeconds(1));
        }

        await AddAsync(s => s.Suppressions, ConformanceData.Suppression(ConformanceData.NewOwner(), SuppressionKind.Address, "person0@example.com"));

        var listed = await InNewScopeAsync(s => s.Suppressions.ListByOwnerAsync(owner, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Suppressions.ListByOwnerAsync(owner, new PageRequest(1, 1)));

        EntityAssert.EquivalentSequence(entries, listed);
        Assert.Equal([ids[1]], page.Select(e => e.Id));
    }

    /// <summary>An empty chain has no last entry; after appends the newest is last, per owner.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task GetLastAsync_EmptyAndAppendedChains_ReturnsNewestEntryOfThatOwner()
    {
        var owner = ConformanceData.NewOwner();
        var otherOwner = ConformanceData.NewOwner();
        Assert.Null(await InNewScopeAsync(s => s.AuditLog.GetLastAsync(owner)));

        for (var sequence = 1; sequence <= 3; sequence++)
        {
            var entry = ConformanceData.AuditEntry(owner, sequence);
            await InNewScopeAsync(s => s.AuditLog.AppendAsync(entry));
        }

        await InNewScopeAsync(s => s.AuditLog.AppendAsync(ConformanceData.AuditEntry(otherOwner, 1)));

        Assert.Equal(3, (await InNewScopeAsync(s => s.AuditLog.GetLastAsync(owner)))!.Sequence);
        Assert.Equal(1, (await InNewScopeAsync(s => s.AuditLog.GetLastAsync(otherOwner)))!.Sequence);
    }

    /// <summary>Appending a sequence number another writer already appended fails and keeps the first entry.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendAsync_SequenceAlreadyAppended_ThrowsDuplicateEntity()
    {
        var owner = ConformanceData.NewOwner();
        await InNewScopeAsync(s => s.AuditLog.AppendAsync(ConformanceData.AuditEntry(owner, 1)));
        var second = ConformanceData.AuditEntry(owner, 2);
        await InNewScopeAsync(s => s.AuditLog.AppendAsync(second));
        var racer = ConformanceData.AuditEntry(owner, 2);
        racer.Hash = "racer";

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.AuditLog.AppendAsync(racer)));

        var last = await InNewScopeAsync(s => s.AuditLog.GetLastAsync(owner));
        Assert.Equal(second.Id, last!.Id);
        Assert.Equal(2, (await InNewScopeAsync(s => s.AuditLog.ListAsync(owner, 1, 1000))).Count);
    }

    /// <summary>An owner's chain is listed in order from a sequence number, at most the requested number.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAsync_AuditChain_FromSequenceInChainOrderUpToMax()
    {
        var owner = ConformanceData.NewOwner();
        var entries = new List<AuditEntry>();
        for (var sequence = 1; sequence <= 5; sequence++)
        {
            var entry = ConformanceData.AuditEntry(owner, sequence);
            await InNewScopeAsync(s => s.AuditLog.AppendAsync(entry));
            entries.Add(entry);
        }

        await InNewScopeAsync(s => s.AuditLog.AppendAsync(ConformanceData.AuditEntry(ConformanceData.NewOwner(), 1)));

        var fromTwo = await InNewScopeAsync(s => s.AuditLog.ListAsync(owner, 2, 3));
        var all = await InNewScopeAsync(s => s.AuditLog.ListAsync(owner, 1, 1000));

        Assert.Equal([2L, 3L, 4L], fromTwo.Select(e => e.Sequence));
        EntityAssert.EquivalentSequence(entries, all);
    }

    /// <summary>The entries about one entity are listed in chain order, and no others.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListForEntityAsync_AuditEntries_ReturnsThatEntitysEntriesInChainOrder()
    {
        var owner = ConformanceData.NewOwner();
        var entityId = Guid.NewGuid().ToString("D");
        var about = new List<long>();
        for (var sequence = 1; sequence <= 5; sequence++)
        {
            var aboutEntity = sequence % 2 == 1;
            var entry = aboutEntity ? ConformanceData.AuditEntry(owner, sequence, "Meeting", entityId) : ConformanceData.AuditEntry(owner, sequence, "Meeting");
            await InNewScopeAsync(s => s.AuditLog.AppendAsync(entry));
            if (aboutEntity)
            {
                about.Add(sequence);
            }
        }

        await InNewScopeAsync(s => s.AuditLog.AppendAsync(ConformanceData.AuditEntry(ConformanceData.NewOwner(), 1, "Campaign", entityId)));

        var listed = await InNewScopeAsync(s => s.AuditLog.ListForEntityAsync("Meeting", entityId));

        Assert.Equal(about, listed.Select(e => e.Sequence));
        Assert.All(listed, e => Assert.Equal(entityId, e.EntityId));
    }
}
