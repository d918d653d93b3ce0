using System.Globalization;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>Every real move of a booked meeting is announced exactly once, even when it goes back to an earlier time; a repeated change is not.</summary>
public sealed class MeetingMoveNotificationStoriesTests
{
    [Fact]
    public async Task RescheduleAsync_BackAndForthABAB_EveryMoveSendsOneUpdateWithARisingSequence()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var a = booked.Start;
        var b = ChangeHost.ThursdayAtThree.Start;

        foreach (var to in new[] { b, a, b })
        {
            Assert.Equal(MeetingChangeOutcome.Rescheduled, (await host.Changes().RescheduleAsync(booked.Id, to, MeetingChangeActor.Owner)).Outcome);
            await host.DrainAsync();
        }

        // The same change again (a retry or a replay) is no move: nothing more is sent.
        Assert.Equal(MeetingChangeOutcome.Unchanged, (await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner)).Outcome);
        await host.DrainAsync();

        var updates = host.SentTo(prospect.Email).Skip(1).Select(m => m.Email).ToList();
        Assert.Equal(3, updates.Count);
        Assert.All(updates, u => Assert.Contains("Our meeting has moved to", u.TextBody, StringComparison.Ordinal));
        Assert.Equal(3, updates.Select(u => u.RfcMessageId).Distinct().Count());
        Assert.Equal(["1", "2", "3"], updates.Select(u => ChangeHost.IcsValue(ChangeHost.IcsText(u), "SEQUENCE")));
        Assert.Equal(["20260305T140000Z", "20260303T090000Z", "20260305T140000Z"], updates.Select(u => ChangeHost.IcsValue(ChangeHost.IcsText(u), "DTSTART")));
        Assert.Equal(3, (await host.NotificationsAsync()).Count(n => n.Kind == "meeting.rescheduled"));
        Assert.Equal(b, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
    }

    [Fact]
    public async Task MovedByUsThenBackByHandThenByUsAgain_EachMoveAnnouncedOnce()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var a = booked.Start;
        var b = ChangeHost.ThursdayAtThree.Start;
        await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner);
        await host.DrainAsync();
        await host.SyncCalendarAsync();

        await host.Calendar.UpdateEventAsync(host.Account.Id, booked.CalendarEventId!, new CalendarEventRequest
        {
            Title = booked.Title, Start = a, End = a + (booked.End - booked.Start), TimeZoneId = "Europe/Berlin", IdempotencyKey = "by-hand",
        });
        await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();
        Assert.Equal(a, (await host.ReloadAsync(booked)).Start);

        await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner);
        await host.DrainAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        var updates = host.SentTo(prospect.Email).Skip(1).Select(m => m.Email).ToList();
        Assert.Equal(3, updates.Count);
        Assert.Equal(["1", "2", "3"], updates.Select(u => ChangeHost.IcsValue(ChangeHost.IcsText(u), "SEQUENCE")));
        Assert.Equal(b, (await host.ReloadAsync(booked)).Start);
    }

    [Fact]
    public async Task MovedByUsThenByHand_EachMoveAppendsMeetingRescheduledWithThePreviousStart()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var a = booked.Start;
        var b = ChangeHost.ThursdayAtThree.Start;
        await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner);
        await host.DrainAsync();
        await host.SyncCalendarAsync();
        await host.Calendar.UpdateEventAsync(host.Account.Id, booked.CalendarEventId!, new CalendarEventRequest
        {
            Title = booked.Title, Start = a, End = a + (booked.End - booked.Start), TimeZoneId = "Europe/Berlin", IdempotencyKey = "by-hand",
        });
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        var events = await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, new AutoMeet.Events.DomainEventFilter { Types = [AutoMeet.Events.DomainEventTypes.MeetingRescheduled] }, 100));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((booked.Id.ToString(), prospect.Id), (e.EntityId, e.ProspectId)));
        var payloads = events.Select(e => System.Text.Json.Nodes.JsonNode.Parse(e.Payload!)!).ToList();
        Assert.Equal([a.ToString(), b.ToString()], payloads.Select(p => (string)p["previousStart"]!));
        Assert.Equal([b.ToString(), a.ToString()], payloads.Select(p => (string)p["start"]!));
        Assert.DoesNotContain(events, e => e.Payload!.Contains(prospect.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RescheduleAsync_MovedAgainBeforeTheFirstUpdateWentOut_OnlyTheLatestMoveIsAnnounced()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var a = booked.Start;
        var b = ChangeHost.ThursdayAtThree.Start;

        await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner);
        await host.Changes().RescheduleAsync(booked.Id, a, MeetingChangeActor.Owner);
        await host.Changes().RescheduleAsync(booked.Id, b, MeetingChangeActor.Owner);
        await host.DrainAsync();

        var update = Assert.Single(host.SentTo(prospect.Email).Skip(1)).Email;
        Assert.Equal("3", ChangeHost.IcsValue(ChangeHost.IcsText(update), "SEQUENCE"));
        Assert.Equal("20260305T140000Z", ChangeHost.IcsValue(ChangeHost.IcsText(update), "DTSTART"));
        Assert.Equal(b.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ((await host.ReloadAsync(booked)).Start.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture));
    }
}
