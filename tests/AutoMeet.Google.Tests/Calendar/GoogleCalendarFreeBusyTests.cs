using System.Text.Json.Nodes;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class GoogleCalendarFreeBusyTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly Instant From = Instant.FromUtc(2027, 1, 4, 0, 0);
    private readonly FakeGoogleServer _server = fixture.Server;

    private static DateTimeOffset At(Instant instant) => instant.ToDateTimeOffset();

    private List<RecordedRequest> QueriesSince(int before) => [.. _server.RequestsFor("freebusy.query").Skip(before)];

    [Fact]
    public async Task GetBusyAsync_120Calendars_SplitsIntoThreeQueriesOfAtMost50()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var ids = Enumerable.Range(0, 120).Select(_ => CalendarTestData.NewCalendarId()).ToList();
        _server.SeedEvent(ids[7], At(From + Duration.FromHours(9)), At(From + Duration.FromHours(10)));
        _server.SeedEvent(ids[115], At(From + Duration.FromHours(11)), At(From + Duration.FromHours(12)));
        var before = _server.RequestsFor("freebusy.query").Count;

        var busy = await host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(7)), ids);

        var queries = QueriesSince(before);
        Assert.Equal([50, 50, 20], queries.Select(q => JsonNode.Parse(q.Body)!["items"]!.AsArray().Count));
        Assert.All(queries, q => Assert.Equal("calendar/v3/freeBusy", q.Path));
        Assert.All(queries, q => Assert.Equal("2027-01-04T00:00:00Z", (string?)JsonNode.Parse(q.Body)!["timeMin"]));
        Assert.Equal(ids, queries.SelectMany(q => JsonNode.Parse(q.Body)!["items"]!.AsArray().Select(i => (string)i!["id"]!)));
        Assert.Equal([ids[7], ids[115]], busy.Select(b => b.CalendarId));
        Assert.Equal(new Interval(From + Duration.FromHours(9), From + Duration.FromHours(10)), busy[0].Interval);
    }

    [Fact]
    public async Task GetBusyAsync_200DayRange_QueriesInChunksAndMergesEventsCutAtABoundary()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var id = CalendarTestData.NewCalendarId();
        // Spans the boundary between the first and second 28-day chunk.
        var spanning = new Interval(From + Duration.FromDays(27) + Duration.FromHours(20), From + Duration.FromDays(28) + Duration.FromHours(4));
        var late = new Interval(From + Duration.FromDays(190), From + Duration.FromDays(190) + Duration.FromHours(1));
        _server.SeedEvent(id, At(spanning.Start), At(spanning.End));
        _server.SeedEvent(id, At(late.Start), At(late.End));
        var before = _server.RequestsFor("freebusy.query").Count;

        var busy = await host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(200)), [id]);

        var queries = QueriesSince(before);
        Assert.Equal(8, queries.Count); // ceil(200 / 28)
        var ranges = queries.Select(q => JsonNode.Parse(q.Body)!).Select(b => (Min: (string)b["timeMin"]!, Max: (string)b["timeMax"]!)).ToList();
        Assert.Equal("2027-01-04T00:00:00Z", ranges[0].Min);
        Assert.Equal(ranges[0].Max, ranges[1].Min);
        Assert.Equal("2027-07-23T00:00:00Z", ranges[^1].Max);
        Assert.Equal([spanning, late], busy.Select(b => b.Interval));
    }

    [Fact]
    public async Task GetBusyAsync_NoCalendars_QueriesPrimaryAndSkipsTransparentEvents()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var day = From + Duration.FromDays(300);
        _server.SeedEvent("primary", At(day + Duration.FromHours(9)), At(day + Duration.FromHours(10)));
        _server.SeedEvent("primary", At(day + Duration.FromHours(11)), At(day + Duration.FromHours(12)), transparent: true);

        var busy = await host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(day, day + Duration.FromDays(1)), []);

        Assert.Equal("primary", (string?)JsonNode.Parse(_server.RequestsFor("freebusy.query")[^1].Body)!["items"]![0]!["id"]);
        var only = Assert.Single(busy);
        Assert.Equal(new Interval(day + Duration.FromHours(9), day + Duration.FromHours(10)), only.Interval);
    }

    [Fact]
    public async Task GetBusyAsync_CalendarNotFound_ThrowsNamingTheCalendarInsteadOfReportingItFree()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var known = CalendarTestData.NewCalendarId();
        var unknown = CalendarTestData.NewCalendarId();
        _server.UnknownCalendars.Add(unknown);

        var ex = await Assert.ThrowsAsync<CalendarFreeBusyException>(() =>
            host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(1)), [known, unknown]));

        Assert.Equal(["notFound"], ex.Errors[unknown]);
        Assert.False(ex.Errors.ContainsKey(known));
        Assert.Contains(unknown, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBusyAsync_429WithRetryAfter_WaitsAndSucceeds()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        _server.Inject("freebusy.query", FakeFault.TooManyRequests(1));
        var before = _server.RequestsFor("freebusy.query").Count;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(1)), [CalendarTestData.NewCalendarId()]);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.Equal(2, QueriesSince(before).Count);
    }

    [Fact]
    public async Task GetBusyAsync_401ExpiredAccessToken_RefreshesOnceAndRetries()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.cal-revoked", refreshToken: "1//cal-401");
        _server.ExpireAccessTokens();
        var refreshes = _server.RefreshGrantCount;
        var before = _server.RequestsFor("freebusy.query").Count;

        await host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(1)), [CalendarTestData.NewCalendarId()]);

        Assert.Equal(refreshes + 1, _server.RefreshGrantCount);
        var queries = QueriesSince(before);
        Assert.Equal(2, queries.Count);
        Assert.Equal("Bearer ya29.cal-revoked", queries[0].Authorization);
        Assert.StartsWith("Bearer ya29.fake-", queries[1].Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBusyAsync_RangeLongerThanGoogleAccepts_FailsWithoutRetrying()
    {
        await using var host = CalendarTestData.Host(_server, configure: o => o.Calendar.FreeBusyMaxRange = TimeSpan.FromDays(90));
        var account = await host.SeedAccountAsync(_server);
        var before = _server.RequestsFor("freebusy.query").Count;

        var ex = await Assert.ThrowsAsync<GoogleCalendarApiException>(() =>
            host.Get<ICalendar>().GetBusyAsync(account.Id, new Interval(From, From + Duration.FromDays(90)), [CalendarTestData.NewCalendarId()]));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("timeRangeTooLong", ex.Reason);
        Assert.Single(QueriesSince(before)); // A 4xx that cannot succeed is not retried.
    }
}
