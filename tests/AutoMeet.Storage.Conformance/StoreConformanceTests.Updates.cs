using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Scheduling;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>An update stores the change, increments the version and moves UpdatedAt to now, on the instance and in the store.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_ChangedCampaign_PersistsIncrementsVersionAndAdvancesUpdatedAt()
    {
        var graph = await SeedGraphAsync();
        var createdAt = graph.Campaign.CreatedAt;
        var campaign = await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id));
        Advance(Duration.FromMinutes(5));

        campaign!.Name = "Renamed";
        campaign.Status = CampaignStatus.Paused;
        campaign.Description = null;
        await InNewScopeAsync(s => s.Campaigns.UpdateAsync(campaign));
        var found = await InNewScopeAsync(s => s.Campaigns.FindAsync(campaign.Id));

        Assert.Equal(2, campaign.Version);
        Assert.Equal(Now, campaign.UpdatedAt);
        Assert.Equal(createdAt, campaign.CreatedAt);
        EntityAssert.Equivalent(campaign, found);
        Assert.Equal(2, found!.Version);
        Assert.Equal(createdAt, found.CreatedAt);
        Assert.Null(found.Description);
    }

    /// <summary>The instance passed to an update carries the new version, so the same instance can be updated again.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_SameInstanceTwice_SucceedsWithVersionThree()
    {
        var owner = ConformanceData.NewOwner();
        var prospect = await SeedProspectAsync(owner);

        prospect.Title = "CTO";
        await InNewScopeAsync(s => s.Prospects.UpdateAsync(prospect));
        Advance(Duration.FromSeconds(1));
        prospect.Title = "CEO";
        await InNewScopeAsync(s => s.Prospects.UpdateAsync(prospect));
        var found = await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id));

        Assert.Equal(3, found!.Version);
        Assert.Equal("CEO", found.Title);
        Assert.Equal(Now, found.UpdatedAt);
    }

    /// <summary>Updating a sequence replaces its steps: a removed step is gone, an added one is stored, a changed one is changed.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_SequenceSteps_StoresExactlyTheNewSteps()
    {
        var owner = ConformanceData.NewOwner();
        var sequence = await AddAsync(s => s.Sequences, ConformanceData.Sequence(owner, stepCount: 3));
        var loaded = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));

        var removed = loaded!.Steps.Single(s => s.Position == 1);
        loaded.Steps.Remove(removed);
        var changed = loaded.Steps.Single(s => s.Position == 2);
        changed.BodyTemplate = "Changed body";
        changed.DelayAmount = 9;
        loaded.Steps.Add(ConformanceData.Step(loaded.Id, 3));
        loaded.Name = "Three steps, one new";
        await InNewScopeAsync(s => s.Sequences.UpdateAsync(loaded));
        var found = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));

        EntityAssert.Equivalent(loaded, found);
        Assert.Equal([0, 2, 3], found!.Steps.Select(s => s.Position));
        Assert.DoesNotContain(found.Steps, s => s.Id == removed.Id);
        Assert.Equal("Changed body", found.Steps.Single(s => s.Id == changed.Id).BodyTemplate);
    }

    /// <summary>Updating a thread replaces its messages.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_ThreadMessages_StoresExactlyTheNewMessages()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 3);
        var loaded = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        loaded!.Messages.RemoveAt(0);
        loaded.Messages[0].ProcessedAt = null;
        loaded.Messages[0].BodyText = "Edited";
        var added = ConformanceData.Message(loaded.Id, MessageDirection.Inbound, ConformanceData.PreciseInstant.Plus(Duration.FromDays(1)));
        loaded.Messages.Add(added);
        loaded.LastMessageAt = added.OccurredAt;
        await InNewScopeAsync(s => s.Threads.UpdateAsync(loaded));
        var found = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        EntityAssert.Equivalent(loaded, found);
        Assert.Equal(loaded.Messages.Select(m => m.Id), found!.Messages.Select(m => m.Id));
    }

    /// <summary>Updating calendar settings replaces their rules and busy calendar ids.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_CalendarSettingsRules_StoresExactlyTheNewRules()
    {
        var settings = await AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(ConformanceData.NewOwner()));
        var loaded = await InNewScopeAsync(s => s.CalendarSettings.FindAsync(settings.Id));

        loaded!.Rules.Remove(loaded.Rules.Single(r => r.Kind == AvailabilityRuleKind.Weekly));
        loaded.Rules.Single(r => r.Kind == AvailabilityRuleKind.DateOverride).Date = new LocalDate(2026, 12, 31);
        loaded.Rules.Add(ConformanceData.Rule(loaded.Id));
        loaded.BusyCalendarIds.Clear();
        loaded.BusyCalendarIds.Add("holidays@owner.example");
        loaded.MinimumNotice = Duration.FromMinutes(90);
        await InNewScopeAsync(s => s.CalendarSettings.UpdateAsync(loaded));
        var found = await InNewScopeAsync(s => s.CalendarSettings.FindAsync(settings.Id));

        EntityAssert.Equivalent(loaded, found);
        Assert.Equal(3, found!.Rules.Count);
        Assert.Equal(["holidays@owner.example"], found.BusyCalendarIds);
    }

    /// <summary>Updating a prospect replaces its custom fields.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_ProspectCustomFields_StoresExactlyTheNewFields()
    {
        var prospect = await SeedProspectAsync(ConformanceData.NewOwner());
        var loaded = await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id));

        loaded!.CustomFields.Remove("employees");
        loaded.CustomFields["industry"] = "Fintech";
        loaded.CustomFields["region"] = "EMEA";
        await InNewScopeAsync(s => s.Prospects.UpdateAsync(loaded));
        var found = await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id));

        EntityAssert.Equivalent(loaded, found);
        Assert.Equal(["Pain Point", "industry", "region"], found!.CustomFields.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>An entity returned by the store is a detached copy: changing it without an update stores nothing, even when the same unit of work writes something else.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindAsync_ReturnedEntityChangedWithoutUpdate_ChangeIsNotStored()
    {
        var graph = await SeedGraphAsync();

        await using (var scope = OpenScope())
        {
            var store = StoreOf(scope);
            var campaign = await store.Campaigns.FindAsync(graph.Campaign.Id);
            campaign!.Name = "Not saved";
            await store.Prospects.AddAsync(ConformanceData.Prospect(graph.OwnerId));
        }

        var found = await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id));
        Assert.Equal(graph.Campaign.Name, found!.Name);
        Assert.Equal(1, found.Version);
    }

    /// <summary>The store does not keep a reference to an added instance: changing it afterwards stores nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_InstanceChangedAfterAdd_ChangeIsNotStored()
    {
        var owner = ConformanceData.NewOwner();
        var sequence = ConformanceData.Sequence(owner);

        await using (var scope = OpenScope())
        {
            var store = StoreOf(scope);
            await store.Sequences.AddAsync(sequence);
            sequence.Name = "Not saved";
            sequence.Steps[0].BodyTemplate = "Not saved";
            await store.Prospects.AddAsync(ConformanceData.Prospect(owner));
        }

        var found = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));
        Assert.NotEqual("Not saved", found!.Name);
        Assert.DoesNotContain(found.Steps, s => s.BodyTemplate == "Not saved");
    }
}
