using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

/// <summary>
/// After Google refused the sync token (410), the full listing leaves deleted events out: a booked meeting whose event
/// was deleted meanwhile is found by comparing, and cancelled; a meeting whose event is still there stays booked.
/// </summary>
public sealed class GoogleCalendarFullResyncTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private const string Primary = "primary";
    private static readonly DateTimeOffset Now = new(2027, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task SyncAsync_TokenGone410AndTheMeetingsEventDeletedMeanwhile_CancelsTheMeetingAndKeepsTheOther()
    {
        await using var host = CalendarTestData.Host(_server, new FakeTimeProvider(Now));
        var account = await host.SeedAccountAsync(_server);
        var sync = host.Get<ICalendarSync>();
        var deleted = _server.SeedEvent(Primary, Now.AddDays(1).AddHours(1), Now.AddDays(1).AddHours(2), summary: "Intro call");
        var live = _server.SeedEvent(Primary, Now.AddDays(2).AddHours(1), Now.AddDays(2).AddHours(2), summary: "Intro call");
        var gone = await BookedAsync(host, account, deleted);
        var kept = await BookedAsync(host, account, live);
        await sync.SyncAsync(account.Id, Primary);
        _server.ModifyEvent(Primary, deleted.Id, e => e["status"] = "cancelled"); // deleted by hand in Google Calendar
        _server.ExpireSyncTokens();

        var result = await sync.SyncAsync(account.Id, Primary);

        Assert.True(result.IsFullResync);
        Assert.Equal(MeetingStatus.Cancelled, (await host.WithStoreAsync(s => s.Meetings.FindAsync(gone.Id)))!.Status);
        Assert.Equal(MeetingStatus.Scheduled, (await host.WithStoreAsync(s => s.Meetings.FindAsync(kept.Id)))!.Status);
        var audit = await host.WithStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), gone.Id.ToString()));
        Assert.Single(audit, e => e.Action == "meeting.cancelled");
        Assert.DoesNotContain(_server.RequestsFor("events.delete"), r => r.Path.EndsWith(deleted.Id, StringComparison.Ordinal)); // not deleted again
    }

    private static async Task<Meeting> BookedAsync(GoogleTestHost host, MailboxAccount account, FakeCalendarEvent calendarEvent)
    {
        var start = Instant.FromDateTimeOffset(DateTimeOffset.Parse((string)calendarEvent.Resource["start"]!["dateTime"]!, System.Globalization.CultureInfo.InvariantCulture));
        var meeting = new Meeting
        {
            OwnerId = GoogleTestHost.Owner,
            ProspectId = Id<Prospect>.New(),
            CalendarAccountId = account.Id,
            CalendarEventId = calendarEvent.Id,
            Status = MeetingStatus.Scheduled,
            Title = "Intro call",
            Start = start,
            End = start + Duration.FromHours(1),
        };
        await host.WithStoreAsync(async s =>
        {
            await s.Meetings.AddAsync(meeting);
            return true;
        });
        return meeting;
    }
}
