using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Messaging;
using AutoMeet.Sandbox;
using NodaTime;

namespace AutoMeet.Core.Tests.Sandbox;

public sealed class SandboxCalendarTests
{
    private static readonly Instant Nine = Instant.FromUtc(2026, 11, 3, 9, 0);
    private readonly Id<MailboxAccount> _account = Id<MailboxAccount>.New();

    private static CalendarEventRequest Request(string key, Instant start, int minutes = 30) => new()
    {
        Title = "Intro call",
        Start = start,
        End = start + Duration.FromMinutes(minutes),
        TimeZoneId = "Europe/Berlin",
        Attendees = [new EmailAddress("ada@example.com")],
        IdempotencyKey = key,
    };

    [Fact]
    public async Task GetBusyAsync_BusyTimeAndEvents_ReturnsThoseOverlappingTheWindow()
    {
        var sut = new SandboxCalendar();
        sut.AddBusy(_account, new Interval(Nine, Nine + Duration.FromHours(1)));
        sut.AddBusy(_account, new Interval(Nine + Duration.FromHours(5), Nine + Duration.FromHours(6)), "team");
        await sut.CreateEventAsync(_account, Request("k1", Nine + Duration.FromHours(2)));

        var busy = await sut.GetBusyAsync(_account, new Interval(Nine + Duration.FromMinutes(30), Nine + Duration.FromHours(8)), []);

        Assert.Equal([Nine, Nine + Duration.FromHours(2)], busy.Select(b => b.Interval.Start));
        var all = await sut.GetBusyAsync(_account, new Interval(Nine, Nine + Duration.FromHours(8)), ["primary", "team"]);
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task GetBusyAsync_TouchingInterval_DoesNotOverlap()
    {
        var sut = new SandboxCalendar();
        sut.AddBusy(_account, new Interval(Nine, Nine + Duration.FromHours(1)));

        var busy = await sut.GetBusyAsync(_account, new Interval(Nine + Duration.FromHours(1), Nine + Duration.FromHours(2)), []);

        Assert.Empty(busy);
    }

    [Fact]
    public async Task CreateEventAsync_SameKeyTwice_CreatesOneEventWithAConferenceLink()
    {
        var sut = new SandboxCalendar();

        var first = await sut.CreateEventAsync(_account, Request("k1", Nine));
        var second = await sut.CreateEventAsync(_account, Request("k1", Nine));

        Assert.Equal(first, second);
        Assert.Single(sut.ListEvents(_account));
        Assert.Matches(@"^https://meet\.sandbox\.invalid/[a-z]{3}-[a-z]{4}-[a-z]{3}$", first.ConferenceUrl);
    }

    [Fact]
    public async Task UpdateEventAsync_Moved_KeepsIdAndConferenceLink()
    {
        var sut = new SandboxCalendar();
        var created = await sut.CreateEventAsync(_account, Request("k1", Nine));

        var moved = await sut.UpdateEventAsync(_account, created.EventId, Request("k1", Nine + Duration.FromDays(1)));

        Assert.Equal(created.EventId, moved.EventId);
        Assert.Equal(created.ConferenceUrl, moved.ConferenceUrl);
        Assert.Equal(Nine + Duration.FromDays(1), (await sut.FindEventAsync(_account, created.EventId))!.Start);
    }

    [Fact]
    public async Task CancelEventAsync_Twice_ReturnsTrueThenFalseAndFreesTheTime()
    {
        var sut = new SandboxCalendar();
        var created = await sut.CreateEventAsync(_account, Request("k1", Nine));

        Assert.True(await sut.CancelEventAsync(_account, created.EventId));
        Assert.False(await sut.CancelEventAsync(_account, created.EventId));
        Assert.Empty(await sut.GetBusyAsync(_account, new Interval(Nine, Nine + Duration.FromHours(1)), []));
    }

    [Fact]
    public async Task UpdateEventAsync_UnknownEvent_ThrowsKeyNotFound()
    {
        var sut = new SandboxCalendar();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => sut.UpdateEventAsync(_account, "nope", Request("k", Nine)));
    }

    [Fact]
    public async Task CreateEventAsync_EndBeforeStart_Throws()
    {
        var sut = new SandboxCalendar();
        var bad = Request("k1", Nine) with { End = Nine - Duration.FromMinutes(1) };

        await Assert.ThrowsAsync<ArgumentException>(() => sut.CreateEventAsync(_account, bad));
        Assert.Empty(sut.ListEvents(_account));
    }

    [Fact]
    public void AddBusy_EmptyInterval_Throws()
    {
        var sut = new SandboxCalendar();

        Assert.Throws<ArgumentException>(() => sut.AddBusy(_account, new Interval(Nine, Nine)));
    }

    [Fact]
    public async Task GetChangesAsync_NoToken_ListsCurrentEventsAsFullResync()
    {
        var sut = new SandboxCalendar();
        sut.AddBusy(_account, new Interval(Nine, Nine + Duration.FromHours(1)), isTentative: true);
        var cancelled = await sut.CreateEventAsync(_account, Request("k1", Nine + Duration.FromHours(2)));
        await sut.CancelEventAsync(_account, cancelled.EventId);
        var kept = await sut.CreateEventAsync(_account, Request("k2", Nine + Duration.FromHours(3)));
        sut.AddBusy(_account, new Interval(Nine, Nine + Duration.FromHours(1)), "team");

        var changes = await sut.GetChangesAsync(_account, "primary", syncToken: null);

        Assert.True(changes.IsFullResync);
        Assert.Equal(2, changes.Changes.Count);
        Assert.True(changes.Changes[0].IsTentative);
        Assert.Equal(kept.EventId, changes.Changes[1].EventId);
    }

    [Fact]
    public async Task GetChangesAsync_WithToken_ReturnsOnlyLaterChangesIncludingRemovals()
    {
        var sut = new SandboxCalendar();
        var created = await sut.CreateEventAsync(_account, Request("k1", Nine));
        var first = await sut.GetChangesAsync(_account, "primary", null);

        await sut.UpdateEventAsync(_account, created.EventId, Request("k1", Nine + Duration.FromHours(1)));
        await sut.CancelEventAsync(_account, created.EventId);
        var delta = await sut.GetChangesAsync(_account, "primary", first.NextSyncToken);

        Assert.False(delta.IsFullResync);
        Assert.Equal(2, delta.Changes.Count);
        Assert.Equal(new Interval(Nine + Duration.FromHours(1), Nine + Duration.FromMinutes(90)), delta.Changes[0].Time);
        Assert.True(delta.Changes[1].IsRemoved);
        Assert.Empty((await sut.GetChangesAsync(_account, "primary", delta.NextSyncToken)).Changes);
    }

    [Fact]
    public async Task GetChangesAsync_ExpiredToken_ReturnsFullResync()
    {
        var sut = new SandboxCalendar();
        await sut.CreateEventAsync(_account, Request("k1", Nine));
        var first = await sut.GetChangesAsync(_account, "primary", null);

        sut.ExpireSyncTokens();
        var changes = await sut.GetChangesAsync(_account, "primary", first.NextSyncToken);

        Assert.True(changes.IsFullResync);
        Assert.Single(changes.Changes);
        Assert.False((await sut.GetChangesAsync(_account, "primary", changes.NextSyncToken)).IsFullResync);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("sbx-sync-0-99")]
    [InlineData("sbx-sync-7-0")]
    public async Task GetChangesAsync_ForeignToken_ThrowsNamingTheToken(string token)
    {
        var sut = new SandboxCalendar();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sut.GetChangesAsync(_account, "primary", token));

        Assert.Equal("syncToken", error.ParamName);
    }
}
