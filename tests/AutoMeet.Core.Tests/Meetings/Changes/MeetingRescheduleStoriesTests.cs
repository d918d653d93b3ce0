using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using AutoMeet.Replies;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>Stories of a booked meeting the prospect (or the host) asks to move, on the sandbox providers with a fake clock.</summary>
public sealed class MeetingRescheduleStoriesTests
{
    [Fact]
    public async Task ReplyCanWeMoveToThursdayAtThree_AutonomousAndConfident_MovesEventKeepsMeetLinkAndSendsIcsWithHigherSequence()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        var original = Assert.Single(host.Calendar.ListEvents(host.Account.Id));

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        var moved = await host.ReloadAsync(booked);
        Assert.Equal(MeetingStatus.Scheduled, moved.Status);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, moved.Start);
        Assert.Equal(ChangeHost.ThursdayAtThree.End, moved.End);
        var calendarEvent = Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Equal(original.EventId, calendarEvent.EventId); // patched in place, not re-created
        Assert.Equal(original.ConferenceUrl, calendarEvent.ConferenceUrl);
        Assert.Equal(moved.ConferenceUrl, calendarEvent.ConferenceUrl);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, calendarEvent.Start);

        var mails = host.SentTo(prospect.Email);
        Assert.Equal(2, mails.Count);
        var (confirmation, update) = (mails[0].Email, mails[1].Email);
        Assert.Equal(thread.ProviderThreadId, update.ProviderThreadId);
        Assert.Contains("Thursday 5 March 2026, 09:00–09:30 (America/New_York, EST)", update.TextBody, StringComparison.Ordinal);
        Assert.Contains(calendarEvent.ConferenceUrl!, update.TextBody, StringComparison.Ordinal);
        var first = ChangeHost.IcsText(confirmation);
        var second = ChangeHost.IcsText(update);
        Assert.Equal(ChangeHost.IcsValue(first, "UID"), ChangeHost.IcsValue(second, "UID"));
        Assert.True(int.Parse(ChangeHost.IcsValue(second, "SEQUENCE")!, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(ChangeHost.IcsValue(first, "SEQUENCE") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("20260305T140000Z", ChangeHost.IcsValue(second, "DTSTART"));
        var audit = await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString());
        Assert.Contains("meeting.rescheduled", audit);
        Assert.Equal("meeting.event-updated", audit[^1]);

        // The calendar reports our own patch back: nothing more happens.
        await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        Assert.Equal(audit, await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString()));
    }

    [Fact]
    public async Task RescheduleAsync_TimeOutsideAvailability_RefusedWithReasonsAndNothingChanged()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var audit = await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString());
        var evening = MeetingHost.BerlinTime(3, 4, 20); // 20:00, after working hours

        var result = await host.Changes().RescheduleAsync(booked.Id, evening, MeetingChangeActor.Owner);
        await host.DrainAsync();

        Assert.Equal(MeetingChangeOutcome.SlotUnavailable, result.Outcome);
        Assert.NotEmpty(result.Reasons);
        Assert.NotEmpty(result.Alternatives);
        Assert.Equal(booked.Start, result.Start);
        var after = await host.ReloadAsync(booked);
        Assert.Equal(booked.Start, after.Start);
        Assert.Equal(booked.End, after.End);
        Assert.Equal(booked.Start, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
        Assert.Single(host.SentTo(prospect.Email));
        Assert.Equal(audit, await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString()));
    }

    [Fact]
    public async Task RescheduleAsync_OverlappingItsOwnCurrentSlot_IsNotBlockedByItself()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (_, _, booked) = await host.BookedAsync(); // synced: its event is in the stored busy time too
        var later = booked.Start + Duration.FromMinutes(15);

        var result = await host.Changes().RescheduleAsync(booked.Id, later, MeetingChangeActor.Owner);
        var again = await host.Changes().RescheduleAsync(booked.Id, later, MeetingChangeActor.Owner);

        Assert.Equal(MeetingChangeOutcome.Rescheduled, result.Outcome);
        Assert.Equal(MeetingChangeOutcome.Unchanged, again.Outcome);
        Assert.Equal(later, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(later, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
    }

    [Fact]
    public async Task RescheduleAsync_OntoAnotherBookedMeeting_IsRefused()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (_, _, first) = await host.BookedAsync("ada@globex.example");
        var (bob, bobThread) = await host.ProspectAsync("bob@initech.example", "Bob");
        var other = await host.ReplyAsync(bob, bobThread, 0.95, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();
        Assert.Equal(MeetingStatus.Scheduled, (await host.MeetingForAsync(other))!.Status);

        var result = await host.Changes().RescheduleAsync(first.Id, ChangeHost.ThursdayAtThree.Start, MeetingChangeActor.Owner);

        Assert.Equal(MeetingChangeOutcome.SlotUnavailable, result.Outcome);
        Assert.Equal(first.Start, (await host.ReloadAsync(first)).Start);
    }

    [Fact]
    public async Task ReplyAskingToMove_ApprovalMode_OwnerApprovesByLinkAndTheMeetingMoves()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread, booked) = await host.BookedAsync();
        var ownerMails = host.SentTo(host.Account.EmailAddress).Count;

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start); // nothing moves before the owner decides
        var ask = host.SentTo(host.Account.EmailAddress)[^1].Email;
        Assert.Equal(ownerMails + 1, host.SentTo(host.Account.EmailAddress).Count);
        Assert.Contains("asks to move your meeting", ask.TextBody, StringComparison.Ordinal);
        Assert.Contains("Thursday 5 March 2026, 15:00–15:30 (Europe/Berlin, CET)", ask.TextBody, StringComparison.Ordinal);
        var (approve, decline) = host.LatestLinks();

        var result = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, "198.51.100.4");
        var late = await host.Approvals.DecideAsync(decline, ApprovalDecision.Decline, null);
        await host.DrainAsync();

        Assert.Equal(ApprovalLinkOutcome.Approved, result.Outcome);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, late.Outcome);
        var moved = await host.ReloadAsync(booked);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, moved.Start);
        var calendarEvent = Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Equal(booked.ConferenceUrl, calendarEvent.ConferenceUrl);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, calendarEvent.Start);
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        var request = (await host.ApprovalsForAsync(booked.Id)).Single(a => a.SuggestedStart is not null);
        Assert.Equal(ApprovalStatus.Approved, request.Status);
        Assert.Equal("link; 198.51.100.4", request.DecisionSource);
    }

    [Fact]
    public async Task ReplyAskingToMove_AutonomousButBelowThreshold_AsksTheOwnerInstead()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.5, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start);
        var request = Assert.Single(await host.ApprovalsForAsync(booked.Id));
        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, request.SuggestedStart);
        Assert.Contains("asks to move your meeting", host.SentTo(host.Account.EmailAddress)[^1].Email.TextBody, StringComparison.Ordinal);
        Assert.Single(host.SentTo(prospect.Email));
    }

    [Fact]
    public async Task ReplyAskingToMove_NoFreeTimeInTheirWindows_OffersOtherTimesAndKeepsTheMeeting()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        var saturday = new Interval(MeetingHost.BerlinTime(3, 7, 10), MeetingHost.BerlinTime(3, 7, 12));

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, saturday);
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(booked.Start, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
        var options = host.SentTo(prospect.Email)[^1].Email;
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        Assert.Contains("doesn't work on my side", options.TextBody, StringComparison.Ordinal);
        var lines = options.TextBody.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("(America/New_York, EST)", l, StringComparison.Ordinal));
        Assert.Empty(await host.ApprovalsForAsync(booked.Id));
    }

    [Fact]
    public async Task RescheduleAsync_MeetingNotBookedOrUnknown_ClearOutcomes()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, ChangeHost.TuesdayMorning);
        await host.DrainAsync();
        var awaiting = (await host.MeetingForAsync(decision))!;

        var notBooked = await host.Changes().RescheduleAsync(awaiting.Id, ChangeHost.ThursdayAtThree.Start, MeetingChangeActor.Owner);
        var unknown = await host.Changes().RescheduleAsync(Id<Meeting>.New(), ChangeHost.ThursdayAtThree.Start, MeetingChangeActor.Owner);

        Assert.Equal(MeetingChangeOutcome.NotChangeable, notBooked.Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, notBooked.Status);
        Assert.Equal(MeetingChangeOutcome.NotFound, unknown.Outcome);
        Assert.Equal(awaiting.Start, (await host.ReloadAsync(awaiting)).Start);
    }
}
