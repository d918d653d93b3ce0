using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using AutoMeet.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>A full calendar re-sync (the sync token was refused) lists no deleted events: deletions are found by comparing with the booked meetings.</summary>
public sealed class MeetingFullResyncStoriesTests
{
    [Fact]
    public async Task EventDeletedWhileTheSyncTokenExpired_FullResync_CancelsTheMeetingOnce()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var (_, _, kept) = await host.BookedAsync("bob@initech.example");
        await host.Calendar.CancelEventAsync(host.Account.Id, booked.CalendarEventId!); // deleted by hand in the calendar
        host.Calendar.ExpireSyncTokens();

        var result = await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        host.Calendar.ExpireSyncTokens();
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        Assert.True(result.IsFullResync);
        Assert.Equal(MeetingStatus.Cancelled, (await host.ReloadAsync(booked)).Status);
        Assert.Equal(MeetingStatus.Scheduled, (await host.ReloadAsync(kept)).Status);
        var audit = await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString());
        Assert.Single(audit, a => a == "meeting.cancelled");
        Assert.DoesNotContain("meeting.event-cancelled", audit);
        Assert.Single(await host.NotificationsAsync(), n => n.Kind == "meeting.cancelled");
        Assert.Single(host.SentTo(prospect.Email)); // the calendar told the guest; no note of ours
    }

    [Fact]
    public async Task FullResyncOfAnotherCalendar_WithoutTheMeetingsEvent_LeavesTheMeetingBooked()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (_, _, booked) = await host.BookedAsync();
        host.Calendar.AddBusy(host.Account.Id, new Interval(MeetingHost.BerlinTime(3, 4, 9), MeetingHost.BerlinTime(3, 4, 10)), "team");

        var result = await host.Services.GetRequiredService<ICalendarSync>().SyncAsync(host.Account.Id, "team");
        await host.DrainAsync();

        Assert.True(result.IsFullResync);
        Assert.Equal(MeetingStatus.Scheduled, (await host.ReloadAsync(booked)).Status);
    }

    [Fact]
    public async Task FullListingThatLacksAnEventWhichStillExists_IsNotTakenForADeletion()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (_, _, booked) = await host.BookedAsync();
        var observer = host.Services.GetServices<ICalendarEventObserver>().OfType<MeetingCalendarChanges>().Single();

        // A listing taken before the booking, or one that does not reach the meeting: the event is simply not in it.
        await observer.OnEventsChangedAsync(host.Account.Id, SandboxCalendar.PrimaryCalendarId, new CalendarChanges([], "token", IsFullResync: true), CancellationToken.None);
        await host.DrainAsync();

        Assert.Equal(MeetingStatus.Scheduled, (await host.ReloadAsync(booked)).Status);
        Assert.False(Assert.Single(host.Calendar.ListEvents(host.Account.Id)).IsCancelled);
    }

    [Fact]
    public void Unlisted_OnlyBookedMeetingsAheadOfThisAccountWhoseEventIsMissing()
    {
        var account = Id<MailboxAccount>.New();
        var now = MeetingHost.Start;
        Meeting Booked(string eventId, Instant start, MeetingStatus status = MeetingStatus.Scheduled, Id<MailboxAccount>? on = null) =>
            new() { Status = status, Start = start, End = start + Duration.FromMinutes(30), CalendarEventId = eventId, CalendarAccountId = on ?? account };
        var missing = Booked("gone", now + Duration.FromDays(1));
        var meetings = new[]
        {
            missing,
            Booked("listed", now + Duration.FromDays(1)),
            Booked("past", now - Duration.FromDays(1)),
            Booked("cancelled", now + Duration.FromDays(1), MeetingStatus.Cancelled),
            Booked("other-account", now + Duration.FromDays(1), on: Id<MailboxAccount>.New()),
        };

        var unlisted = MeetingCalendarChanges.Unlisted(meetings, new HashSet<string>(["listed"]), account, now);

        Assert.Equal([missing], unlisted);
        Assert.True(MeetingCalendarChanges.IsBookingCalendar("primary", new MailboxAccount { EmailAddress = "alex@acme.example" }));
        Assert.True(MeetingCalendarChanges.IsBookingCalendar("Alex@Acme.example", new MailboxAccount { EmailAddress = "alex@acme.example" }));
        Assert.False(MeetingCalendarChanges.IsBookingCalendar("team", new MailboxAccount { EmailAddress = "alex@acme.example" }));
    }
}
