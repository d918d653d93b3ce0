using AutoMeet.Calendars;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class GoogleCalendarSyncTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly DateTimeOffset Day = new(2027, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeGoogleServer _server = fixture.Server;

    private List<RecordedRequest> ListsOf(string calendarId) =>
        [.. _server.RequestsFor("events.list").Where(r => r.Path == $"calendar/v3/calendars/{calendarId}/events")];

    [Fact]
    public async Task GetChangesAsync_NoToken_PagesThroughEverythingAndReturnsTheLastPagesSyncToken()
    {
        await using var host = CalendarTestData.Host(_server, configure: o => o.Calendar.SyncPageSize = 2);
        var account = await host.SeedAccountAsync(_server);
        var id = CalendarTestData.NewCalendarId();
        for (var i = 0; i < 5; i++)
        {
            _server.SeedEvent(id, Day.AddHours(9 + i), Day.AddHours(10 + i));
        }

        var changes = await host.Get<ICalendar>().GetChangesAsync(account.Id, id, syncToken: null);

        Assert.True(changes.IsFullResync);
        Assert.Equal(5, changes.Changes.Count);
        Assert.StartsWith("fake-", changes.NextSyncToken, StringComparison.Ordinal);
        var lists = ListsOf(id);
        Assert.Equal(3, lists.Count);
        Assert.False(lists[0].Query.ContainsKey("pageToken"));
        Assert.True(lists[1].Query.ContainsKey("pageToken"));
        Assert.All(lists, r => Assert.Equal(["true"], r.Query["singleEvents"]));
        Assert.All(lists, r => Assert.Equal(["2"], r.Query["maxResults"]));
        Assert.All(lists, r => Assert.False(r.Query.ContainsKey("syncToken")));
    }

    [Fact]
    public async Task GetChangesAsync_WithToken_ReturnsOnlyChangesAndRemovalsWithoutForbiddenParameters()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var id = CalendarTestData.NewCalendarId();
        var kept = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10));
        var removed = _server.SeedEvent(id, Day.AddHours(11), Day.AddHours(12));
        var first = await calendar.GetChangesAsync(account.Id, id, null);
        var added = _server.SeedEvent(id, Day.AddHours(13), Day.AddHours(14), selfResponse: "tentative");
        _server.ModifyEvent(id, removed.Id, e => e["status"] = "cancelled");

        var second = await calendar.GetChangesAsync(account.Id, id, first.NextSyncToken);

        Assert.False(second.IsFullResync);
        Assert.Equal([added.Id, removed.Id], second.Changes.Select(c => c.EventId));
        Assert.True(second.Changes[0].IsTentative);
        Assert.Equal(new Interval(Instant.FromDateTimeOffset(Day.AddHours(13)), Instant.FromDateTimeOffset(Day.AddHours(14))), second.Changes[0].Time);
        Assert.True(second.Changes[1].IsRemoved);
        Assert.DoesNotContain(second.Changes, c => c.EventId == kept.Id);
        Assert.NotEqual(first.NextSyncToken, second.NextSyncToken);
        var incremental = ListsOf(id)[^1];
        Assert.Equal([first.NextSyncToken], incremental.Query["syncToken"]);
        Assert.DoesNotContain(incremental.Query.Keys, k => k is "timeMin" or "timeMax" or "q" or "orderBy" or "updatedMin" or "showDeleted");

        var third = await calendar.GetChangesAsync(account.Id, id, second.NextSyncToken);
        Assert.Empty(third.Changes);
    }

    [Fact]
    public async Task GetChangesAsync_TokenGone410_RunsAFullResyncFlaggedAsSuch()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var id = CalendarTestData.NewCalendarId();
        var live = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10));
        var gone = _server.SeedEvent(id, Day.AddHours(11), Day.AddHours(12));
        var first = await calendar.GetChangesAsync(account.Id, id, null);
        _server.ModifyEvent(id, gone.Id, e => e["status"] = "cancelled");
        _server.ExpireSyncTokens();

        var changes = await calendar.GetChangesAsync(account.Id, id, first.NextSyncToken);

        Assert.True(changes.IsFullResync);
        Assert.Equal([live.Id], changes.Changes.Select(c => c.EventId)); // The whole current content: cancelled events left out.
        var lists = ListsOf(id);
        Assert.Equal([first.NextSyncToken], lists[^2].Query["syncToken"]);
        Assert.False(lists[^1].Query.ContainsKey("syncToken"));
        var next = await calendar.GetChangesAsync(account.Id, id, changes.NextSyncToken);
        Assert.False(next.IsFullResync);
    }

    [Fact]
    public async Task SyncAsync_TokenGone410_ReplacesStoredBusyTimeThroughCalendarSync()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var sync = host.Get<ICalendarSync>();
        var id = CalendarTestData.NewCalendarId();
        var live = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10));
        var gone = _server.SeedEvent(id, Day.AddHours(11), Day.AddHours(12));
        await sync.SyncAsync(account.Id, id);
        _server.ModifyEvent(id, gone.Id, e => e["status"] = "cancelled");
        _server.ExpireSyncTokens();

        var result = await sync.SyncAsync(account.Id, id);

        Assert.True(result.IsFullResync);
        var window = new Interval(Instant.FromDateTimeOffset(Day), Instant.FromDateTimeOffset(Day.AddDays(1)));
        var blocks = await host.WithStoreAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [id], window));
        Assert.Equal([live.Id], blocks.Select(b => b.EventId));
    }

    [Fact]
    public async Task GetChangesAsync_DeclinedAndAllDayEvents_MapToFreeAndZonedDays()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var id = CalendarTestData.NewCalendarId();
        var declined = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10), selfResponse: "declined");
        var allDay = _server.SeedEvent(id, Day, Day.AddDays(1));
        _server.ModifyEvent(id, allDay.Id, e =>
        {
            e["start"] = new System.Text.Json.Nodes.JsonObject { ["date"] = "2027-07-01" };
            e["end"] = new System.Text.Json.Nodes.JsonObject { ["date"] = "2027-07-02" };
        });

        var changes = await host.Get<ICalendar>().GetChangesAsync(account.Id, id, null);

        Assert.True(changes.Changes.Single(c => c.EventId == declined.Id).IsTransparent);
        // The fake's calendar is in Europe/London: 1 July is BST (UTC+1).
        Assert.Equal(
            new Interval(Instant.FromUtc(2027, 6, 30, 23, 0), Instant.FromUtc(2027, 7, 1, 23, 0)),
            changes.Changes.Single(c => c.EventId == allDay.Id).Time);
    }

    [Fact]
    public async Task GetChangesAsync_SlowResponseBeyondTimeout_RetriesAndLosesNothing()
    {
        await using var host = CalendarTestData.Host(_server, configure: o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        var account = await host.SeedAccountAsync(_server);
        var id = CalendarTestData.NewCalendarId();
        var seeded = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10));
        _server.Inject("events.list", FakeFault.Slow(TimeSpan.FromSeconds(1)));

        var changes = await host.Get<ICalendar>().GetChangesAsync(account.Id, id, null);

        Assert.Equal([seeded.Id], changes.Changes.Select(c => c.EventId));
        Assert.Equal(2, ListsOf(id).Count);
    }

    [Fact]
    public async Task GetChangesAsync_500ThenSuccess_RetriesTheSamePage()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var id = CalendarTestData.NewCalendarId();
        var seeded = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10));
        var first = await host.Get<ICalendar>().GetChangesAsync(account.Id, id, null);
        var added = _server.SeedEvent(id, Day.AddHours(11), Day.AddHours(12));
        _server.Inject("events.list", FakeFault.ServerError());

        var changes = await host.Get<ICalendar>().GetChangesAsync(account.Id, id, first.NextSyncToken);

        Assert.False(changes.IsFullResync);
        Assert.Equal([added.Id], changes.Changes.Select(c => c.EventId));
        Assert.DoesNotContain(changes.Changes, c => c.EventId == seeded.Id);
        Assert.All(ListsOf(id).TakeLast(2), r => Assert.Equal([first.NextSyncToken], r.Query["syncToken"]));
    }
}
