using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Each filter of an event query (campaign, prospect, kinds, [from, to)) keeps only matching events, in both listing and count.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAsyncAndCountAsync_EachFilter_ReturnOnlyMatchingEvents()
    {
        var events = await SeedEventsAsync();
        var (graph, otherCampaign, otherProspect, t0) = (events.Graph, events.OtherCampaignId, events.OtherProspectId, events.T0);

        async Task AssertMatchesAsync(EmailEventQuery query, Func<EmailEvent, bool> predicate)
        {
            var expected = events.All.Where(predicate).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Id).ToList();
            var listed = await InNewScopeAsync(s => s.EmailEvents.ListAsync(query, PageRequest.First));
            var count = await InNewScopeAsync(s => s.EmailEvents.CountAsync(query));
            Assert.Equal(expected, listed.Select(e => e.Id));
            Assert.Equal(expected.Count, count);
        }

        await AssertMatchesAsync(new EmailEventQuery(), _ => true);
        await AssertMatchesAsync(new EmailEventQuery { CampaignId = graph.Campaign.Id }, e => e.CampaignId == graph.Campaign.Id);
        await AssertMatchesAsync(new EmailEventQuery { CampaignId = otherCampaign }, e => e.CampaignId == otherCampaign);
        await AssertMatchesAsync(new EmailEventQuery { ProspectId = otherProspect }, e => e.ProspectId == otherProspect);
        await AssertMatchesAsync(new EmailEventQuery { Kinds = [EmailEventKind.Opened, EmailEventKind.Replied] }, e => e.Kind is EmailEventKind.Opened or EmailEventKind.Replied);
        await AssertMatchesAsync(new EmailEventQuery { From = t0.Plus(Duration.FromHours(2)) }, e => e.OccurredAt >= t0.Plus(Duration.FromHours(2)));
        await AssertMatchesAsync(new EmailEventQuery { To = t0.Plus(Duration.FromHours(2)) }, e => e.OccurredAt < t0.Plus(Duration.FromHours(2)));
        await AssertMatchesAsync(
            new EmailEventQuery { CampaignId = graph.Campaign.Id, ProspectId = graph.Prospect.Id, Kinds = [EmailEventKind.Sent], From = t0, To = t0.Plus(Duration.FromHours(3)) },
            e => e.CampaignId == graph.Campaign.Id && e.ProspectId == graph.Prospect.Id && e.Kind == EmailEventKind.Sent && e.OccurredAt >= t0 && e.OccurredAt < t0.Plus(Duration.FromHours(3)));
        Assert.Equal(0, await InNewScopeAsync(s => s.EmailEvents.CountAsync(new EmailEventQuery { CampaignId = Id<Campaigns.Campaign>.New() })));
    }

    /// <summary>Events are listed by occurrence then id, page by page.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAsync_Events_OrderedByOccurredAtThenIdAndPaged()
    {
        var events = await SeedEventsAsync();
        var expected = events.All.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToList();

        var firstPage = await InNewScopeAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery(), new PageRequest(0, 3)));
        var secondPage = await InNewScopeAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery(), new PageRequest(3, 3)));

        EntityAssert.EquivalentSequence(expected.Take(3).ToList(), firstPage);
        Assert.Equal(expected.Skip(3).Take(3).Select(e => e.Id), secondPage.Select(e => e.Id));
    }

    private async Task<SeededEvents> SeedEventsAsync()
    {
        var graph = await SeedGraphAsync();
        var otherCampaign = await SeedCampaignAsync(graph);
        var otherProspect = await SeedProspectAsync(graph.OwnerId);
        var t0 = Instant.FromUtc(2026, 6, 2, 8, 0);
        var sameInstantIds = ConformanceData.AscendingIds<EmailEvent>(2);
        var all = new List<EmailEvent>
        {
            ConformanceData.EmailEvent(EmailEventKind.Sent, t0, graph.Campaign.Id, graph.Prospect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Opened, t0.Plus(Duration.FromHours(1)), graph.Campaign.Id, graph.Prospect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Sent, t0.Plus(Duration.FromHours(2)), otherCampaign.Id, otherProspect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Replied, t0.Plus(Duration.FromHours(2)), graph.Campaign.Id, otherProspect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Sent, t0.Plus(Duration.FromHours(2)), graph.Campaign.Id, graph.Prospect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Bounced, t0.Plus(Duration.FromHours(5)), campaignId: null, otherProspect.Id),
            ConformanceData.EmailEvent(EmailEventKind.Clicked, t0.Minus(Duration.FromHours(1)), otherCampaign.Id, prospectId: null),
        };
        all[3].Id = sameInstantIds[1];
        all[4].Id = sameInstantIds[0];

        // Stored out of order, so a store cannot pass by returning insertion order.
        foreach (var emailEvent in all.AsEnumerable().Reverse())
        {
            await AddAsync(s => s.EmailEvents, emailEvent);
        }

        return new SeededEvents(graph, otherCampaign.Id, otherProspect.Id, t0, all);
    }

    private sealed record SeededEvents(ConformanceGraph Graph, Id<Campaigns.Campaign> OtherCampaignId, Id<Prospects.Prospect> OtherProspectId, Instant T0, List<EmailEvent> All);
}
