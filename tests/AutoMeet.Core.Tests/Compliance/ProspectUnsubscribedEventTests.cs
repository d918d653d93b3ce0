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
