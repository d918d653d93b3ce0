using AutoMeet.Compliance;
using AutoMeet.Core.Tests.Replies.Pipeline;
using AutoMeet.Events;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Compliance;

/// <summary>Every path that suppresses an address because the person or the owner asked appends <c>prospect.unsubscribed</c> exactly once.</summary>
public sealed class ProspectUnsubscribedEventTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-1");
    private readonly ComplianceHost _host = new(o =>
    {
        o.Keys["a"] = ComplianceHost.NewKey();
        o.ActiveKeyId = "a";
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private ISuppressionService Service => _host.Suppression;

    [Fact]
    public async Task UnsubscribeAsync_SameLinkTwice_AppendsOneEventNamingTheProspectNotTheAddress()
    {
        var prospect = new Prospect { OwnerId = Owner, Email = "Ann@Example.com", FirstName = "Ann" };
        await _host.InStoreAsync(s => s.Prospects.AddAsync(prospect));
        var token = Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(30));

        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await Service.UnsubscribeAsync(token));
        Assert.Equal(UnsubscribeOutcome.AlreadyUnsubscribed, await Service.UnsubscribeAsync(token));

        var logged = Assert.Single(await UnsubscribedEventsAsync(_host));
        var entry = Assert.Single(await _host.InStoreAsync(s => s.Suppressions.ListByOwnerAsync(Owner, PageRequest.First)));
        Assert.Equal((Owner, (Id<Prospect>?)prospect.Id, nameof(SuppressionEntry), entry.Id.ToString()), (logged.OwnerId, logged.ProspectId, logged.EntityType, logged.EntityId));
        Assert.Equal("""{"reason":"unsubscribed","source":"unsubscribe-link"}""", logged.Payload);
        Assert.DoesNotContain("ann", logged.Payload + logged.EntityId, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnsubscribeAsync_LinkFromACampaignEmail_CountsOnceInEachCampaignThatMailedThePerson()
    {
        var prospect = new Prospect { OwnerId = Owner, Email = "ann@example.com", FirstName = "Ann" };
        var first = new Id<AutoMeet.Campaigns.Campaign>(Guid.NewGuid());
        var second = new Id<AutoMeet.Campaigns.Campaign>(Guid.NewGuid());
        var t0 = Instant.FromUtc(2026, 3, 2, 9, 0);
        await _host.InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.EmailEvents.AddRangeAsync(
            [
                new Messaging.EmailEvent { Kind = Messaging.EmailEventKind.Sent, OccurredAt = t0, CampaignId = first, ProspectId = prospect.Id, StepPosition = 0, Variant = "A" },
                new Messaging.EmailEvent { Kind = Messaging.EmailEventKind.Sent, OccurredAt = t0 + Duration.FromDays(3), CampaignId = first, ProspectId = prospect.Id, StepPosition = 1, Variant = "B" },
                new Messaging.EmailEvent { Kind = Messaging.EmailEventKind.Sent, OccurredAt = t0, CampaignId = second, ProspectId = prospect.Id, StepPosition = 0 },
                new Messaging.EmailEvent { Kind = Messaging.EmailEventKind.Unsubscribed, OccurredAt = t0 + Duration.FromDays(1), CampaignId = second, ProspectId = prospect.Id, StepPosition = 0 },
            ]);
        });
        var token = Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(30));

        await Service.UnsubscribeAsync(token);
        await Service.UnsubscribeAsync(token);

        var unsubscribed = await _host.InStoreAsync(s => s.EmailEvents.ListAsync(new Messaging.EmailEventQuery { ProspectId = prospect.Id, Kinds = [Messaging.EmailEventKind.Unsubscribed] }, PageRequest.First));
        var counted = Assert.Single(unsubscribed, e => e.CampaignId == first); // the second campaign had counted it already
        Assert.Equal((1, "B", "unsubscribe-link"), (counted.StepPosition, counted.Variant, counted.Detail));
        Assert.Single(unsubscribed, e => e.CampaignId == second);
        Assert.Single(await UnsubscribedEventsAsync(_host)); // one prospect.unsubscribed, whatever the campaigns
    }

    [Fact]
    public async Task UnsubscribeAsync_UnknownPerson_AppendsEventWithoutProspect()
    {
        await Service.UnsubscribeAsync(Service.CreateUnsubscribeToken(Owner, "stranger@example.com", Duration.FromDays(1)));

        Assert.Null(Assert.Single(await UnsubscribedEventsAsync(_host)).ProspectId);
    }

    [Fact]
    public async Task SuppressAsync_ManualEntryThenLink_AppendsOneEvent()
    {
        await Service.SuppressAsync(Owner, "ann@example.com", SuppressionReason.Manual, "api");
        await Service.UnsubscribeAsync(Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(1)));

        Assert.Equal("""{"reason":"manual","source":"api"}""", Assert.Single(await UnsubscribedEventsAsync(_host)).Payload);
    }

    [Fact]
    public async Task SuppressAsync_FreeTextSource_KeepsItOutOfThePayload()
    {
        await Service.SuppressAsync(Owner, "ann@example.com", SuppressionReason.Unsubscribed, "asked by ann@example.com on the phone");

        Assert.Equal("""{"reason":"unsubscribed"}""", Assert.Single(await UnsubscribedEventsAsync(_host)).Payload);
    }

    [Theory]
    [InlineData(SuppressionReason.Bounced)]
    [InlineData(SuppressionReason.Complained)]
    public async Task SuppressAsync_NotAnUnsubscribe_AppendsNoEvent(SuppressionReason reason)
    {
        await Service.SuppressAsync(Owner, "ann@example.com", reason);
        await Service.SuppressDomainAsync(Owner, "example.org", SuppressionReason.Manual);

        Assert.Empty(await UnsubscribedEventsAsync(_host));
    }

    [Fact]
    public async Task ProcessAccountAsync_UnsubscribeReply_AppendsOneEvent()
    {
        await using var pipeline = new ReplyPipelineHost();
        await pipeline.InitializeAsync();
        var ada = await pipeline.EnrollAsync("ada@analytical.example");
        pipeline.Reply(ada, "Please remove me from your mailing list.");

        await pipeline.ProcessAsync();

        var logged = Assert.Single(await UnsubscribedEventsAsync(pipeline));
        Assert.Equal(ada.Prospect.Id, logged.ProspectId);
        Assert.Equal("""{"reason":"unsubscribed","source":"reply"}""", logged.Payload);
    }

    [Fact]
    public async Task ProcessAccountAsync_UnsubscribeReplyAfterTheLink_AppendsNoSecondEvent()
    {
        await using var pipeline = new ReplyPipelineHost();
        await pipeline.InitializeAsync();
        var ada = await pipeline.EnrollAsync("ada@analytical.example");
        var suppression = pipeline.Services.GetRequiredService<ISuppressionService>();
        await suppression.UnsubscribeAsync(suppression.CreateUnsubscribeToken(pipeline.Owner, "ada@analytical.example", Duration.FromDays(1)));
        pipeline.Reply(ada, "Please remove me from your mailing list.");

        await pipeline.ProcessAsync();

        Assert.Equal("""{"reason":"unsubscribed","source":"unsubscribe-link"}""", Assert.Single(await UnsubscribedEventsAsync(pipeline)).Payload);
    }

    private static Task<IReadOnlyList<DomainEvent>> UnsubscribedEventsAsync(ComplianceHost host) =>
        host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { Types = [DomainEventTypes.ProspectUnsubscribed] }, 100));

    private static Task<IReadOnlyList<DomainEvent>> UnsubscribedEventsAsync(ReplyPipelineHost host) =>
        host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { Types = [DomainEventTypes.ProspectUnsubscribed] }, 100));
}
