using AutoMeet.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Events;

public sealed class DomainEventStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly UserId Owner = new("owner-1");
    private static readonly UserId OtherOwner = new("owner-2");

    [Fact]
    public async Task SubscribeAsync_FromStart_CatchesUpThenYieldsLiveEventsInOrder()
    {
        await using var host = new EventsHost();
        var first = await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner));
        var second = await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailOpened, Owner));
        using var cts = new CancellationTokenSource();
        await using var events = host.Stream.SubscribeAsync(null, 0, cts.Token).GetAsyncEnumerator(cts.Token);

        Assert.Equal(first.Position, await NextAsync(events));
        Assert.Equal(second.Position, await NextAsync(events));
        var pending = events.MoveNextAsync().AsTask();
        await Task.Delay(100);
        Assert.False(pending.IsCompleted);

        var live = await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner));
        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal(live.Position, events.Current.Position);
        Assert.Equal(DomainEventTypes.MeetingBooked, events.Current.Type);
        await cts.CancelAsync();
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task SubscribeAsync_LiveEventInCommittedTransaction_WakesSubscriberAfterCommit()
    {
        await using var host = new EventsHost();
        using var cts = new CancellationTokenSource();
        await using var events = host.Stream.SubscribeAsync(null, null, cts.Token).GetAsyncEnumerator(cts.Token);
        var pending = events.MoveNextAsync().AsTask();

        long position = 0;
        await host.InStoreAsync(s => s.ExecuteInTransactionAsync(async ct =>
        {
            var e = EventsHost.Event(DomainEventTypes.ReplyClassified, Owner);
            await s.DomainEvents.AppendAsync(e, ct);
            position = e.Position;
            return true;
        }));

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal(position, events.Current.Position);
    }

    [Fact]
    public async Task SubscribeAsync_WithFilters_YieldsOnlyMatchingEvents()
    {
        await using var host = new EventsHost();
        var campaign = Id<AutoMeet.Campaigns.Campaign>.New();
        var prospect = Id<AutoMeet.Prospects.Prospect>.New();
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner, campaign, prospect));
        var booked = await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner, campaign, prospect));
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, OtherOwner, campaign, prospect));
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner, null, prospect));
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner, campaign, null));
        var filter = new DomainEventFilter { Types = [DomainEventTypes.MeetingBooked], OwnerId = Owner, CampaignId = campaign, ProspectId = prospect };
        using var cts = new CancellationTokenSource();
        await using var events = host.Stream.SubscribeAsync(filter, 0, cts.Token).GetAsyncEnumerator(cts.Token);

        Assert.Equal(booked.Position, await NextAsync(events));
        var pending = events.MoveNextAsync().AsTask();
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner, campaign, prospect));
        var live = await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner, campaign, prospect));

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal(live.Position, events.Current.Position);
    }

    [Fact]
    public async Task SubscribeAsync_ResumeAfterPosition_YieldsOnlyLaterEventsWithoutDuplicates()
    {
        await using var host = new EventsHost();
        var appended = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            appended.Add((await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner))).Position);
        }

        using (var firstCts = new CancellationTokenSource())
        {
            await using var first = host.Stream.SubscribeAsync(null, 0, firstCts.Token).GetAsyncEnumerator(firstCts.Token);
            Assert.Equal(appended[0], await NextAsync(first));
            Assert.Equal(appended[1], await NextAsync(first));
        }

        using var cts = new CancellationTokenSource();
        await using var resumed = host.Stream.SubscribeAsync(null, appended[1], cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.Equal(appended[2], await NextAsync(resumed));
        Assert.Equal(appended[3], await NextAsync(resumed));
        Assert.Equal(appended[4], await NextAsync(resumed));
    }

    [Fact]
    public async Task SubscribeAsync_ResumeFromPositionDeletedByRetention_ContinuesAtOldestKeptEvent()
    {
        await using var host = new EventsHost();
        var appended = new List<DomainEvent>();
        for (var i = 0; i < 4; i++)
        {
            var domainEvent = EventsHost.Event(DomainEventTypes.EmailSent, Owner);
            domainEvent.OccurredAt -= NodaTime.Duration.FromDays(2 - i); // two days, one day, then 0 and +1 day
            appended.Add(await host.AppendAsync(domainEvent));
        }

        Assert.Equal(2, await host.InStoreAsync(s => s.DomainEvents.DeleteBeforeAsync(appended[2].OccurredAt, 100)));
        using var cts = new CancellationTokenSource();
        await using var resumed = host.Stream.SubscribeAsync(null, appended[0].Position, cts.Token).GetAsyncEnumerator(cts.Token);

        Assert.Equal(appended[2].Position, await NextAsync(resumed));
        Assert.Equal(appended[3].Position, await NextAsync(resumed));
    }

    [Fact]
    public async Task SubscribeAsync_NoPosition_StartsAtCurrentEndOfLog()
    {
        await using var host = new EventsHost();
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner));
        using var cts = new CancellationTokenSource();
        await using var events = host.Stream.SubscribeAsync(null, null, cts.Token).GetAsyncEnumerator(cts.Token);
        var pending = events.MoveNextAsync().AsTask();
        await Task.Delay(100);
        Assert.False(pending.IsCompleted);

        var live = await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailClicked, Owner));

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal(live.Position, events.Current.Position);
    }

    [Fact]
    public async Task SubscribeAsync_EventFromAnotherProcess_PickedUpAtNextPoll()
    {
        await using var host = new EventsHost();
        var poll = host.Services.GetRequiredService<IOptions<DomainEventStreamOptions>>().Value.PollInterval;
        using var cts = new CancellationTokenSource();
        await using var events = host.Stream.SubscribeAsync(null, 0, cts.Token).GetAsyncEnumerator(cts.Token);
        var pending = events.MoveNextAsync().AsTask();
        await Task.Delay(100);

        var remote = await host.AppendFromAnotherProcessAsync(EventsHost.Event(DomainEventTypes.MeetingCancelled, Owner));
        await Task.Delay(100);
        Assert.False(pending.IsCompleted);
        for (var i = 0; i < 100 && !pending.IsCompleted; i++)
        {
            host.Time.Advance(poll);
            await Task.Delay(20);
        }

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal(remote.Position, events.Current.Position);
    }

    [Fact]
    public async Task SubscribeAsync_NegativePosition_ThrowsNamingIt()
    {
        await using var host = new EventsHost();
        Assert.Throws<ArgumentOutOfRangeException>("afterPosition", () => host.Stream.SubscribeAsync(null, -1));
    }

    private static async Task<long> NextAsync(IAsyncEnumerator<DomainEvent> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Patience));
        return events.Current.Position;
    }
}
