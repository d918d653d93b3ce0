using System.Text.Json.Nodes;
using AutoMeet.Calendars;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;

namespace AutoMeet.Google.Tests.Calendar;

/// <summary>The guests' <c>responseStatus</c> reaches <see cref="CalendarEventChange.Attendees"/> (the owner's own entry does not).</summary>
public sealed class GoogleCalendarAttendeeSyncTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly DateTimeOffset Day = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task GetChangesAsync_GuestDeclines_ReportsTheGuestsResponsesWithoutTheOwner()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var id = CalendarTestData.NewCalendarId();
        var meeting = _server.SeedEvent(id, Day.AddHours(9), Day.AddHours(10), summary: "Intro", selfResponse: "accepted");
        _server.ModifyEvent(id, meeting.Id, e => ((JsonArray)e["attendees"]!).Add(new JsonObject { ["email"] = "dana@globex.example", ["responseStatus"] = "needsAction" }));
        var first = await calendar.GetChangesAsync(account.Id, id, null);

        _server.ModifyEvent(id, meeting.Id, e => e["attendees"]![1]!["responseStatus"] = "declined");
        var second = await calendar.GetChangesAsync(account.Id, id, first.NextSyncToken);

        var before = Assert.Single(Assert.Single(first.Changes).Attendees);
        Assert.Equal(new CalendarAttendee("dana@globex.example", AttendeeResponse.NeedsAction), before);
        var change = Assert.Single(second.Changes);
        Assert.False(change.IsRemoved);
        Assert.Equal(new CalendarAttendee("dana@globex.example", AttendeeResponse.Declined), Assert.Single(change.Attendees));
    }

    [Fact]
    public async Task GetChangesAsync_EventCancelledOrWithoutGuests_ReportsNoAttendees()
    {
        await using var host = CalendarTestData.Host(_server);
        var account = await host.SeedAccountAsync(_server);
        var calendar = host.Get<ICalendar>();
        var id = CalendarTestData.NewCalendarId();
        var plain = _server.SeedEvent(id, Day.AddHours(11), Day.AddHours(12));
        var first = await calendar.GetChangesAsync(account.Id, id, null);
        Assert.Empty(Assert.Single(first.Changes).Attendees);

        _server.ModifyEvent(id, plain.Id, e => e["status"] = "cancelled");
        var second = await calendar.GetChangesAsync(account.Id, id, first.NextSyncToken);

        var removed = Assert.Single(second.Changes);
        Assert.True(removed.IsRemoved);
        Assert.Empty(removed.Attendees);
    }

    [Theory]
    [InlineData("accepted", AttendeeResponse.Accepted)]
    [InlineData("tentative", AttendeeResponse.Tentative)]
    [InlineData("declined", AttendeeResponse.Declined)]
    [InlineData("needsAction", AttendeeResponse.NeedsAction)]
    [InlineData(null, AttendeeResponse.NeedsAction)]
    [InlineData("something-new", AttendeeResponse.NeedsAction)]
    public void Response_GoogleResponseStatus_MapsToThePortsAnswer(string? status, AttendeeResponse expected) =>
        Assert.Equal(expected, AutoMeet.Google.Calendar.CalendarMapping.Response(status));
}
