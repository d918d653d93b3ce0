using AutoMeet.Accounts;
using AutoMeet.Prospects;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Adding an entity whose id is already stored fails and leaves the stored one unchanged.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_DuplicateId_ThrowsDuplicateEntityAndKeepsStoredEntity()
    {
        var graph = await SeedGraphAsync();
        var copy = ConformanceData.Campaign(graph.OwnerId, graph.Sequence.Id, graph.Mailbox.Id);
        copy.Id = graph.Campaign.Id;

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Campaigns.AddAsync(copy)));

        var found = await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id));
        Assert.Equal(graph.Campaign.Name, found!.Name);
    }

    /// <summary>An owner cannot have two prospects with the same address.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_ProspectEmailTakenBySameOwner_ThrowsDuplicateEntity()
    {
        var owner = ConformanceData.NewOwner();
        await SeedProspectAsync(owner, "ada@example.com");

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Prospects.AddAsync(ConformanceData.Prospect(owner, "ada@example.com"))));

        Assert.Single(await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, PageRequest.First)));
    }

    /// <summary>Different owners may each have a prospect with the same address.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_ProspectEmailOfAnotherOwner_IsStored()
    {
        var first = await SeedProspectAsync(ConformanceData.NewOwner(), "ada@example.com");
        var secondOwner = ConformanceData.NewOwner();

        var second = await SeedProspectAsync(secondOwner, "ada@example.com");

        var found = await InNewScopeAsync(s => s.Prospects.FindByEmailAsync(secondOwner, "ada@example.com"));
        Assert.Equal(second.Id, found!.Id);
        Assert.NotEqual(first.Id, found.Id);
    }

    /// <summary>A batch with one entity that clashes with a stored one writes nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddRangeAsync_OneClashesWithStoredEntity_WritesNothing()
    {
        var owner = ConformanceData.NewOwner();
        await SeedProspectAsync(owner, "taken@example.com");
        var batch = new List<Prospect>
        {
            ConformanceData.Prospect(owner, "new1@example.com"),
            ConformanceData.Prospect(owner, "new2@example.com"),
            ConformanceData.Prospect(owner, "taken@example.com"),
            ConformanceData.Prospect(owner, "new3@example.com"),
        };

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Prospects.AddRangeAsync(batch)));

        var stored = await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, PageRequest.First));
        Assert.Equal(["taken@example.com"], stored.Select(p => p.Email));
    }

    /// <summary>A batch that repeats an id within itself writes nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddRangeAsync_IdRepeatedWithinBatch_WritesNothing()
    {
        var owner = ConformanceData.NewOwner();
        var first = ConformanceData.Prospect(owner);
        var repeat = ConformanceData.Prospect(owner);
        repeat.Id = first.Id;

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Prospects.AddRangeAsync([ConformanceData.Prospect(owner), first, repeat])));

        Assert.Empty(await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, PageRequest.First)));
    }

    /// <summary>A valid batch is stored whole, each entity stamped as new.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddRangeAsync_ValidBatch_StoresEveryEntity()
    {
        var owner = ConformanceData.NewOwner();
        var batch = Enumerable.Range(0, 5).Select(_ => ConformanceData.Prospect(owner)).ToList();

        await InNewScopeAsync(s => s.Prospects.AddRangeAsync(batch));

        var stored = await InNewScopeAsync(s => s.Prospects.ListByOwnerAsync(owner, PageRequest.First));
        Assert.Equal(batch.Select(p => p.Id).Order(), stored.Select(p => p.Id).Order());
        Assert.All(batch, AssertStampedAsNew);
    }

    /// <summary>A prospect is enrolled in a campaign at most once.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_SecondEnrollmentOfProspectInCampaign_ThrowsDuplicateEntity()
    {
        var graph = await SeedGraphAsync();
        await SeedEnrollmentAsync(graph);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => SeedEnrollmentAsync(graph));
    }

    /// <summary>A mailbox address is unique per provider (across owners), but may exist once for each provider.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_MailboxAddressTakenForProvider_ThrowsDuplicateEntity()
    {
        await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner(), "shared@owner.example"));
        var sandbox = ConformanceData.MailboxAccount(ConformanceData.NewOwner(), "shared@owner.example");
        sandbox.Provider = MailProvider.Sandbox;

        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner(), "shared@owner.example")));
        await AddAsync(s => s.MailboxAccounts, sandbox);

        Assert.NotNull(await InNewScopeAsync(s => s.MailboxAccounts.FindByEmailAsync(MailProvider.Sandbox, "shared@owner.example")));
    }

    /// <summary>Each unique rule of the stores holds: one schedule per campaign, one settings record per owner, unique approval token hashes.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_SecondScheduleSettingsOrTokenHash_ThrowsDuplicateEntity()
    {
        var graph = await SeedGraphAsync();
        await AddAsync(s => s.CampaignSchedules, ConformanceData.CampaignSchedule(graph.Campaign.Id));
        await AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(graph.OwnerId));
        var meeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant);
        var approval = await AddAsync(s => s.Approvals, ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant));
        var sameHash = ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant);
        sameHash.TokenHash = approval.TokenHash;

        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.CampaignSchedules, ConformanceData.CampaignSchedule(graph.Campaign.Id)));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(graph.OwnerId)));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.Approvals, sameHash));
    }
}
