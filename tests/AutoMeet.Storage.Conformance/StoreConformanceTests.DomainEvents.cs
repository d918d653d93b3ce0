using AutoMeet.Events;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Gets what the store reported to the registered <see cref="IDomainEventNotifier"/>.</summary>
    protected RecordingDomainEventNotifier DomainEventNotifications { get; } = new();

    /// <summary>Appended events get strictly increasing positions and are listed after a position, in order, with every filter applied.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAfterAsync_AppendedEvents_ReturnsInPositionOrderWithFilters()
    {
        var owner = ConformanceData.NewOwner();
        var other = ConformanceData.NewOwner();
        var campaign = Id<Campaigns.Campaign>.New();
        var prospect = Id<Prospects.Prospect>.New();
        var sent = await AppendEventAsync(DomainEventTypes.EmailSent, owner, campaign, prospect);
        var booked = await AppendEventAsync(DomainEventTypes.MeetingBooked, owner, campaign, null);
        var foreign = await AppendEventAsync(DomainEventTypes.EmailSent, other, null, null);
        var classified = await AppendEventAsync(DomainEventTypes.ReplyClassified, owner, null, prospect);

        Assert.True(sent.Position > 0);
        Assert.True(booked.Position > sent.Position && foreign.Position > booked.Position && classified.Position > foreign.Position);
        var all = await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 100));
        Assert.Equal([sent.Position, booked.Position, foreign.Position, classified.Position], all.Select(e => e.Position));
        Assert.Equal(sent.OccurredAt, all[0].OccurredAt);
        Assert.Equal(owner, all[0].OwnerId);
        Assert.Equal(campaign, all[0].CampaignId);
        Assert.Equal(prospect, all[0].ProspectId);
        Assert.Equal("{\"step\":1}", all[0].Payload);
        Assert.Equal("Meeting", all[1].EntityType);

        Assert.Equal([booked.Position, foreign.Position, classified.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(sent.Position, null, 100))).Select(e => e.Position));
        Assert.Equal([booked.Position, foreign.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(sent.Position, null, 2))).Select(e => e.Position));
        Assert.Equal([sent.Position, foreign.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { Types = [DomainEventTypes.EmailSent] }, 100))).Select(e => e.Position));
        Assert.Equal([foreign.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { OwnerId = other }, 100))).Select(e => e.Position));
        Assert.Equal([sent.Position, booked.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { CampaignId = campaign }, 100))).Select(e => e.Position));
        Assert.Equal([classified.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(sent.Position, new DomainEventFilter { ProspectId = prospect, OwnerId = owner }, 100))).Select(e => e.Position));
        Assert.Equal(classified.Position, await InNewScopeAsync(s => s.DomainEvents.GetLastPositionAsync()));
    }

    /// <summary>An empty log has last position 0; bad arguments are rejected with the name of the argument.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAfterAsync_EmptyLogOrBadArguments_ReturnsNothingOrThrows()
    {
        Assert.Equal(0, await InNewScopeAsync(s => s.DomainEvents.GetLastPositionAsync()));
        Assert.Empty(await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("afterPosition", () => InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(-1, null, 10)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("maxItems", () => InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 0)));
        await Assert.ThrowsAsync<ArgumentException>("domainEvent", () => InNewScopeAsync(s => s.DomainEvents.AppendAsync(new DomainEvent { OwnerId = ConformanceData.NewOwner() })));
    }

    /// <summary>An event appended in a transaction that rolls back is never visible and never notified; a committed one is notified once, after commit.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendAsync_InTransaction_VisibleAndNotifiedOnlyAfterCommit()
    {
        var owner = ConformanceData.NewOwner();
        await Assert.ThrowsAsync<InvalidOperationException>(() => InNewScopeAsync(s => s.ExecuteInTransactionAsync<bool>(async ct =>
        {
            await s.DomainEvents.AppendAsync(NewEvent(DomainEventTypes.EmailSent, owner), ct);
            throw new InvalidOperationException("roll back");
        })));
        Assert.Empty(await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10)));
        Assert.Empty(DomainEventNotifications.Positions);

        long appended = 0;
        await InNewScopeAsync(s => s.ExecuteInTransactionAsync(async ct =>
        {
            var first = NewEvent(DomainEventTypes.EmailSent, owner);
            var second = NewEvent(DomainEventTypes.EmailOpened, owner);
            await s.DomainEvents.AppendAsync(first, ct);
            await s.DomainEvents.AppendAsync(second, ct);
            Assert.Empty(DomainEventNotifications.Positions);
            appended = second.Position;
            return true;
        }));

        Assert.Equal([appended], DomainEventNotifications.Positions);
        Assert.Equal(2, (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10))).Count);
    }

    /// <summary>
    /// Writers append concurrently in transactions that stay open a little after the append, while a reader pages from
    /// its last position: the reader ends up with every committed event (it never steps over a position that commits
    /// later with a lower number).
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendAsync_ConcurrentWriters_ReaderNeverMissesAnEvent()
    {
        const int Writers = 4;
        const int EventsPerWriter = 15;
        var owner = ConformanceData.NewOwner();
        var seen = new List<long>();
        var done = false;
        var reader = Task.Run(async () =>
        {
            long position = 0;
            while (true)
            {
                var finished = Volatile.Read(ref done);
                var page = await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(position, null, 1000));
                foreach (var e in page)
                {
                    Assert.True(e.Position > position, $"position {e.Position} came after {position}");
                    position = e.Position;
                    seen.Add(e.Position);
                }

                if (finished && page.Count == 0)
                {
                    return;
                }
            }
        });

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < EventsPerWriter; i++)
            {
                await InNewScopeAsync(s => s.ExecuteInTransactionAsync(async ct =>
                {
                    await s.DomainEvents.AppendAsync(NewEvent(DomainEventTypes.EmailSent, owner), ct);
                    await Task.Delay(TimeSpan.FromMilliseconds((w + i) % 3), TimeProvider.System, ct);
                    return true;
                }));
            }
        })).ToList();
        await Task.WhenAll(writers);
        Volatile.Write(ref done, true);
        await reader;

        var stored = await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 1000));
        Assert.Equal(Writers * EventsPerWriter, stored.Count);
        Assert.Equal(stored.Select(e => e.Position), seen);
    }

    private async Task<DomainEvent> AppendEventAsync(string type, UserId owner, Id<Campaigns.Campaign>? campaign, Id<Prospects.Prospect>? prospect)
    {
        var domainEvent = NewEvent(type, owner);
        domainEvent.CampaignId = campaign;
        domainEvent.ProspectId = prospect;
        domainEvent.EntityType = type.StartsWith("meeting", StringComparison.Ordinal) ? "Meeting" : "EmailEvent";
        domainEvent.Payload = "{\"step\":1}";
        await InNewScopeAsync(s => s.DomainEvents.AppendAsync(domainEvent));
        Advance(Duration.FromSeconds(1));
        return domainEvent;
    }

    private DomainEvent NewEvent(string type, UserId owner) => new()
    {
        Type = type,
        OccurredAt = ConformanceData.PreciseInstant.Plus(Now - StartInstant),
        OwnerId = owner,
        EntityType = "EmailEvent",
        EntityId = Guid.NewGuid().ToString(),
    };
}
