using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>An owner's campaigns are listed oldest first, page by page, without other owners' campaigns.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_Campaigns_OldestFirstPagedAndOwnerOnly()
    {
        var graph = await SeedGraphAsync();
        var owner = ConformanceData.NewOwner();
        var campaigns = new List<Campaign>();
        foreach (var id in ConformanceData.AscendingIds<Campaign>(5))
        {
            Advance(Duration.FromSeconds(1));
            var campaign = ConformanceData.Campaign(owner, graph.Sequence.Id, graph.Mailbox.Id);
            campaign.Id = id;
            campaigns.Add(await AddAsync(s => s.Campaigns, campaign));
        }

        var all = await InNewScopeAsync(s => s.Campaigns.ListByOwnerAsync(owner, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Campaigns.ListByOwnerAsync(owner, new PageRequest(2, 2)));

        Assert.Equal(campaigns.Select(c => c.Id), all.Select(c => c.Id));
        Assert.Equal(campaigns.Skip(2).Take(2).Select(c => c.Id), page.Select(c => c.Id));
        Assert.DoesNotContain(all, c => c.Id == graph.Campaign.Id);
        EntityAssert.Equivalent(campaigns[3], page[1]);
    }

    /// <summary>Campaigns in a status are listed across owners, oldest first.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByStatusAsync_Campaigns_FiltersByStatusAcrossOwnersOldestFirst()
    {
        var first = await SeedGraphAsync();
        Advance(Duration.FromSeconds(1));
        var second = await SeedGraphAsync();
        Advance(Duration.FromSeconds(1));
        var scheduled = ConformanceData.Campaign(first.OwnerId, first.Sequence.Id, first.Mailbox.Id);
        scheduled.Status = CampaignStatus.Scheduled;
        await AddAsync(s => s.Campaigns, scheduled);

        var active = await InNewScopeAsync(s => s.Campaigns.ListByStatusAsync(CampaignStatus.Active, PageRequest.First));
        var onlyScheduled = await InNewScopeAsync(s => s.Campaigns.ListByStatusAsync(CampaignStatus.Scheduled, PageRequest.First));
        var secondPage = await InNewScopeAsync(s => s.Campaigns.ListByStatusAsync(CampaignStatus.Active, new PageRequest(1, 5)));

        Assert.Equal([first.Campaign.Id, second.Campaign.Id], active.Select(c => c.Id));
        Assert.Equal([scheduled.Id], onlyScheduled.Select(c => c.Id));
        Assert.Equal([second.Campaign.Id], secondPage.Select(c => c.Id));
    }

    /// <summary>Schedules starting in [from, to) are listed earliest start first; a start at <c>to</c> or none is left out.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListStartingAsync_Schedules_HalfOpenRangeEarliestFirst()
    {
        var graph = await SeedGraphAsync();
        var from = Instant.FromUtc(2026, 6, 10, 0, 0);
        var to = from.Plus(Duration.FromDays(1));
        async Task<CampaignSchedule> ScheduleAsync(Instant? startAt)
        {
            var campaign = await SeedCampaignAsync(graph);
            var schedule = ConformanceData.CampaignSchedule(campaign.Id);
            schedule.StartAt = startAt;
            return await AddAsync(s => s.CampaignSchedules, schedule);
        }

        var late = await ScheduleAsync(to.Minus(Duration.FromNanoseconds(1000)));
        var atFrom = await ScheduleAsync(from);
        await ScheduleAsync(to);
        await ScheduleAsync(from.Minus(Duration.FromNanoseconds(1000)));
        await ScheduleAsync(null);
        var middle = await ScheduleAsync(from.Plus(Duration.FromHours(3)));

        var listed = await InNewScopeAsync(s => s.CampaignSchedules.ListStartingAsync(from, to, PageRequest.First));
        var paged = await InNewScopeAsync(s => s.CampaignSchedules.ListStartingAsync(from, to, new PageRequest(1, 1)));

        Assert.Equal([atFrom.Id, middle.Id, late.Id], listed.Select(s => s.Id));
        Assert.Equal([middle.Id], paged.Select(s => s.Id));
    }

    /// <summary>A campaign's schedule is found by the campaign; a campaign without one finds nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByCampaignAsync_Schedule_FindsOnlyThatCampaignsSchedule()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedCampaignAsync(graph);
        var schedule = await AddAsync(s => s.CampaignSchedules, ConformanceData.CampaignSchedule(graph.Campaign.Id));

        var found = await InNewScopeAsync(s => s.CampaignSchedules.FindByCampaignAsync(graph.Campaign.Id));
        var none = await InNewScopeAsync(s => s.CampaignSchedules.FindByCampaignAsync(other.Id));

        EntityAssert.Equivalent(schedule, found);
        Assert.Null(none);
    }
}
