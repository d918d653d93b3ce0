using System.Text.Json.Nodes;
using AutoMeet.Calendars;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class GoogleCalendarEventTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    private int EventsFor(CalendarEvent created) => _server.CalendarEvents().Count(e => e.Id == created.EventId);

    [Fact]
    public async Task CreateEventAsync_WithConference_PostsInsertAsTheApiExpects()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var request = CalendarTestData.Booking(notify: AttendeeNotifications.ExternalOnly);

        await host.Get<ICalendar>().CreateEventAsync(account.Id, request);

        var insert = _server.RequestsFor("events.insert")[^1];
        Assert.Equal("POST", insert.Method);
        Assert.Equal("calendar/v3/calendars/primary/events", insert.Path);
        Assert.Equal(["1"], insert.Query["conferenceDataVersion"]);
        Assert.Equal(["externalOnly"], insert.Query["sendUpdates"]);
        var body = JsonNode.Parse(insert.Body)!;
        Assert.Equal("Intro call: Ada / Grace", (string?)body["summary"]);
        Assert.Equal("2026-12-03T15:00:00Z", (string?)body["start"]!["dateTime"]);
        Assert.Equal("Europe/London", (string?)body["start"]!["timeZone"]);
        Assert.Equal("2026-12-03T15:30:00Z", (string?)body["end"]!["dateTime"]);
        Assert.Equal("grace@prospect.example", (string?)body["attendees"]![0]!["email"]);
        Assert.Equal("hangoutsMeet", (string?)body["conferenceData"]!["createRequest"]!["conferenceSolutionKey"]!["type"]);
        Assert.StartsWith("automeet-", (string?)body["conferenceData"]!["createRequest"]!["requestId"], StringComparison.Ordinal);
        Assert.Matches("^[a-v0-9]{5,1024}$", (string?)body["id"]);
        Assert.NotNull(body["extendedProperties"]!["private"]!["autoMeetKey"]);
        Assert.DoesNotContain(request.IdempotencyKey, insert.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer ya29.seeded", insert.Authorization);
    }

    [Fact]
    public async Task CreateEventAsync_ConferencePending_PollsUntilSuccessAndReturnsMeetLink()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var gets = _server.RequestsFor("events.get").Count;

        var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, CalendarTestData.Booking());

        Assert.StartsWith("https://meet.google.com/", created.ConferenceUrl, StringComparison.Ordinal);
        Assert.Equal(_server.CalendarEvents().Single(e => e.Id == created.EventId).HangoutLink, created.ConferenceUrl);
        // One look-up before creating, then two polls while pending (the fake succeeds on the second).
        Assert.Equal(gets + 3, _server.RequestsFor("events.get").Count);
        Assert.Equal(CalendarTestData.Start, created.Start);
        Assert.Equal("primary", created.CalendarId);
        Assert.False(created.IsCancelled);
    }

    [Fact]
    public async Task CreateEventAsync_ConferenceStaysPending_ReturnsEventWithoutLinkAfterPollLimit()
    {
        await using var host = CalendarTestData.Host(_server, configure: o => o.Calendar.ConferencePollAttempts = 1);
        var account = await host.SeedAccountAsync(_server);
        var key = "meeting-" + Guid.NewGuid().ToString("N");

        var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, CalendarTestData.Booking(key));

        Assert.Null(created.ConferenceUrl);
        Assert.Equal(1, EventsFor(created));
    }

    [Fact]
    public async Task CreateEventAsync_ConferenceFails_ReturnsEventWithoutLink()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        _server.MeetFails = true;
        try
        {
            var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, CalendarTestData.Booking());

            Assert.Null(created.ConferenceUrl);
            Assert.Equal(1, EventsFor(created));
        }
        finally
        {
            _server.MeetFails = false;
        }
    }

    [Fact]
    public async Task CreateEventAsync_SameKeyTwice_ReturnsTheSameEventWithOneConference()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var request = CalendarTestData.Booking();
        var conferences = _server.ConferencesCreated;
        var inserts = _server.RequestsFor("events.insert").Count;

        var first = await calendar.CreateEventAsync(account.Id, request);
        var second = await calendar.CreateEventAsync(account.Id, request);

        Assert.Equal(first.EventId, second.EventId);
        Assert.Equal(first.ConferenceUrl, second.ConferenceUrl);
        Assert.Equal(conferences + 1, _server.ConferencesCreated);
        Assert.Equal(inserts + 1, _server.RequestsFor("events.insert").Count); // The second call found it before inserting.
    }

    [Fact]
    public async Task CreateEventAsync_500AfterCommit_RetryFindsTheEventAndCreatesNoSecondConference()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var conferences = _server.ConferencesCreated;
        _server.Inject("events.insert", FakeFault.ServerError(afterCommit: true));
        var request = CalendarTestData.Booking();

        var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, request);

        Assert.Equal(1, EventsFor(created));
        Assert.Equal(conferences + 1, _server.ConferencesCreated);
        Assert.StartsWith("https://meet.google.com/", created.ConferenceUrl, StringComparison.Ordinal);
        var inserts = _server.RequestsFor("events.insert").Where(r => r.Body.Contains(created.EventId, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inserts.Count); // The retry was refused as a duplicate (409) and the event looked up.
    }

    [Fact]
    public async Task CreateEventAsync_500BeforeCommit_RetriesAndCreatesOnce()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        _server.Inject("events.insert", FakeFault.ServerError());

        var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, CalendarTestData.Booking());

        Assert.Equal(1, EventsFor(created));
        Assert.NotNull(created.ConferenceUrl);
    }

    [Fact]
    public async Task CreateEventAsync_WithoutConference_SendsNoConferenceData()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);

        var created = await host.Get<ICalendar>().CreateEventAsync(account.Id, CalendarTestData.Booking(conference: false, notify: AttendeeNotifications.None));

        var insert = _server.RequestsFor("events.insert")[^1];
        Assert.Null(JsonNode.Parse(insert.Body)!["conferenceData"]);
        Assert.Equal(["none"], insert.Query["sendUpdates"]);
        Assert.Null(created.ConferenceUrl);
    }

    [Fact]
    public async Task UpdateEventAsync_Reschedule_PatchesTimesAndAttendeesAndKeepsMeetLink()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var request = CalendarTestData.Booking();
        var created = await calendar.CreateEventAsync(account.Id, request);
        var moved = request with
        {
            Start = request.Start + Duration.FromDays(1),
            End = request.End + Duration.FromDays(1),
            Attendees = [new EmailAddress("alan@prospect.example")],
        };

        var updated = await calendar.UpdateEventAsync(account.Id, created.EventId, moved);

        var patch = _server.RequestsFor("events.patch")[^1];
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal($"calendar/v3/calendars/primary/events/{created.EventId}", patch.Path);
        Assert.Equal(["all"], patch.Query["sendUpdates"]);
        var body = JsonNode.Parse(patch.Body)!;
        Assert.Null(body["conferenceData"]);
        Assert.Null(body["id"]);
        Assert.Equal("2026-12-04T15:00:00Z", (string?)body["start"]!["dateTime"]);
        Assert.Equal(moved.Start, updated.Start);
        Assert.Equal(created.ConferenceUrl, updated.ConferenceUrl);
        var stored = _server.CalendarEvents().Single(e => e.Id == created.EventId);
        Assert.Equal("alan@prospect.example", (string?)stored.Resource["attendees"]!.AsArray().Single()!["email"]);
    }

    [Fact]
    public async Task UpdateEventAsync_UnknownEvent_ThrowsKeyNotFound()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => host.Get<ICalendar>().UpdateEventAsync(account.Id, "nosuchevent1", CalendarTestData.Booking()));
    }

    [Fact]
    public async Task CancelEventAsync_ThenAgain_DeletesOnceAndTreatsGoneAsAlreadyCancelled()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var created = await calendar.CreateEventAsync(account.Id, CalendarTestData.Booking());

        Assert.True(await calendar.CancelEventAsync(account.Id, created.EventId));
        Assert.False(await calendar.CancelEventAsync(account.Id, created.EventId)); // 410 Gone
        Assert.False(await calendar.CancelEventAsync(account.Id, "neverexisted1")); // 404

        var delete = _server.RequestsFor("events.delete").First(r => r.Path.EndsWith(created.EventId, StringComparison.Ordinal));
        Assert.Equal("DELETE", delete.Method);
        Assert.Equal(["all"], delete.Query["sendUpdates"]);
        var found = await calendar.FindEventAsync(account.Id, created.EventId);
        Assert.True(found!.IsCancelled);
    }

    [Fact]
    public async Task FindEventAsync_UnknownEvent_ReturnsNull()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);

        Assert.Null(await host.Get<ICalendar>().FindEventAsync(account.Id, "neverexisted2"));
    }

    [Fact]
    public async Task CreateEventAsync_EndBeforeStart_ThrowsArgumentException()
    {
        await using var host = CalendarTestData.Host(_server);
        var request = CalendarTestData.Booking() with { End = CalendarTestData.Start - Duration.FromMinutes(1) };

        await Assert.ThrowsAsync<ArgumentException>(() => host.Get<ICalendar>().CreateEventAsync(default, request));
    }
}
