using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Aftercare;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>Whole stories after booking, on the sandbox providers with a fake clock: reminders, the post-meeting links and rule, no-shows.</summary>
public sealed class MeetingAftercareStoriesTests
{
    /// <summary>Tuesday 3 March 2026, 10:00–12:00 in Berlin (09:00–11:00 UTC); the meeting is booked 09:00–09:30 UTC.</summary>
    private static readonly Interval TuesdayMorning = new(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12));

    private static readonly Instant MeetingStart = Instant.FromUtc(2026, 3, 3, 9, 0);

    [Fact]
    public async Task ApprovedMeeting_WorkerTicksThroughTheDay_RemindsAt24hAnd1hOnceEachThenOwnerMarksItHeld()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        Assert.Equal(MeetingStart, meeting.Start);
        var sentAt = new List<Instant>();

        await host.TickAsync();
        await host.StepUntilAsync(MeetingStart + Duration.FromMinutes(75), Duration.FromMinutes(15), () =>
        {
            if (host.RemindersTo(prospect.Email).Count > sentAt.Count)
            {
                sentAt.Add(host.Now);
            }
        });
        await host.TickAsync();
        await host.TickAsync();

        // Each reminder exactly once, at its moment, however often the jobs ran.
        Assert.Equal([MeetingStart - Duration.FromHours(24), MeetingStart - Duration.FromHours(1)], sentAt);
        var reminders = host.RemindersTo(prospect.Email);
        Assert.Equal(2, reminders.Count);
        var first = reminders[0].Email;
        Assert.Equal("Re: Quick question", first.Subject);
        Assert.Equal(thread.ProviderThreadId, first.ProviderThreadId);
        Assert.NotNull(first.InReplyTo);
        Assert.Contains("Tuesday 3 March 2026, 04:00–04:30 (America/New_York, EST)", first.TextBody, StringComparison.Ordinal);
        Assert.Contains(meeting.ConferenceUrl!, first.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(reminders[0].Email.RfcMessageId, reminders[1].Email.RfcMessageId);
        var ownerNotes = await host.OwnerNotificationsAsync("meeting.reminder");
        Assert.Equal(2, ownerNotes.Count);
        Assert.Equal("Reminder: meeting with Dana Scully (Globex) in 1 day", ownerNotes[0].Subject);
        Assert.Equal("Reminder: meeting with Dana Scully (Globex) in 1 hour", ownerNotes[1].Subject);
        Assert.Contains("Tuesday 3 March 2026, 10:00–10:30 (Europe/Berlin, CET)", ownerNotes[0].Body, StringComparison.Ordinal);
        var stored = await host.FindMeetingAsync(meeting.Id);
        Assert.Equal(["86400@1772528400v0", "3600@1772528400v0"], stored!.RemindersSent);

        // 30 minutes after the end the owner is asked, once, with two signed links.
        Assert.Equal(MeetingStart + Duration.FromMinutes(60), stored.OutcomeRequestedAt);
        var asked = Assert.Single(host.SentTo(host.Account.EmailAddress), e => e.Email.Subject.Contains("take place?", StringComparison.Ordinal)).Email;
        Assert.Contains("Tuesday 3 March 2026, 10:00–10:30 (Europe/Berlin, CET) has ended", asked.TextBody, StringComparison.Ordinal);
        var (held, noShow) = host.OutcomeLinks();
        Assert.NotEqual(held, noShow);

        var page = await host.Outcomes.InspectAsync(held);
        Assert.Equal(MeetingOutcomeLinkOutcome.Pending, page.Outcome);
        Assert.Equal(MeetingOutcomeDecision.Completed, page.Decision);
        Assert.Equal(MeetingStatus.Scheduled, (await host.FindMeetingAsync(meeting.Id))!.Status); // opening decides nothing

        var marked = await host.Outcomes.DecideAsync(held, MeetingOutcomeDecision.Completed, "198.51.100.4");
        var again = await host.Outcomes.DecideAsync(held, MeetingOutcomeDecision.Completed, null);
        var late = await host.Outcomes.DecideAsync(noShow, MeetingOutcomeDecision.NoShow, null);

        Assert.Equal(MeetingOutcomeLinkOutcome.Completed, marked.Outcome);
        Assert.Equal(MeetingOutcomeLinkOutcome.AlreadyHandled, again.Outcome);
        Assert.Equal(MeetingStatus.Completed, again.MeetingStatus);
        Assert.Equal(MeetingOutcomeLinkOutcome.AlreadyHandled, late.Outcome);
        Assert.Equal(MeetingStatus.Completed, (await host.FindMeetingAsync(meeting.Id))!.Status);
        Assert.Equal(
            ["meeting.created", "meeting.scheduled", "meeting.event-created", "meeting.outcome-requested", "meeting.completed"],
            await host.AuditActionsAsync(nameof(Meeting), meeting.Id.ToString()));
        var completed = (await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString()))).Single(e => e.Action == "meeting.completed");
        Assert.Equal(ActorKind.User, completed.ActorKind);
        Assert.Contains("198.51.100.4", completed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoShow_OwnerMarksIt_ProspectGetsOneFollowUpWithNewHeldTimesAfterTheDelay()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.StepUntilAsync(MeetingStart + Duration.FromHours(1), Duration.FromHours(1));
        var (_, noShow) = host.OutcomeLinks();
        var before = host.SentTo(prospect.Email).Count;

        var marked = await host.Outcomes.DecideAsync(noShow, MeetingOutcomeDecision.NoShow, null);
        await host.TickAsync();
        var sentBeforeDelay = host.SentTo(prospect.Email).Count;
        host.Advance(Duration.FromHours(1));
        await host.TickAsync();
        await host.TickAsync();
        var again = await host.Services.GetRequiredService<MeetingScheduler>().ProposeFollowUpAsync(meeting.Id, CancellationToken.None);
        await host.TickAsync();

        Assert.Equal(MeetingOutcomeLinkOutcome.NoShow, marked.Outcome);
        Assert.Equal(MeetingStatus.NoShow, (await host.FindMeetingAsync(meeting.Id))!.Status);
        Assert.Contains("meeting.no-show", await host.AuditActionsAsync(nameof(Meeting), meeting.Id.ToString()));
        Assert.Equal(before, sentBeforeDelay);
        Assert.Equal(ProposalOutcome.AlreadyHandled, again);
        var followUp = Assert.Single(host.SentTo(prospect.Email).Skip(before)).Email;
        Assert.Equal(thread.ProviderThreadId, followUp.ProviderThreadId);
        Assert.StartsWith("Hi Dana,\n\nIt looks like we missed each other", followUp.TextBody, StringComparison.Ordinal);
        var times = followUp.TextBody.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times, t => Assert.Contains("(America/New_York, EST)", t, StringComparison.Ordinal));

        var offer = await host.FindMeetingAsync(MeetingScheduler.FollowUpIdFor(meeting.Id));
        Assert.Equal(MeetingStatus.Proposed, offer!.Status);
        Assert.Equal(offer.CreatedAt + Duration.FromHours(48), offer.HoldExpiresAt);
        Assert.Equal(thread.Id, offer.ThreadId);
        Assert.Contains(MeetingTimeText.Format(offer.Start, offer.End, DateTimeZoneProviders.Tzdb["America/New_York"]), times[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_MeetingCancelled_NoneSentAndTheOwnerIsNotAskedAfterwards()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.TickAsync(); // the 24 h reminder is planned…

        await host.MoveAsync(meeting.Id, MeetingStatus.Cancelled); // …and the meeting cancelled before it is due
        await host.StepUntilAsync(MeetingStart + Duration.FromHours(2), Duration.FromMinutes(30));

        Assert.Empty(host.RemindersTo(prospect.Email));
        Assert.Empty(await host.OwnerNotificationsAsync("meeting.reminder"));
        Assert.DoesNotContain(host.SentTo(host.Account.EmailAddress), e => e.Email.Subject.Contains("take place?", StringComparison.Ordinal));
        Assert.Empty((await host.FindMeetingAsync(meeting.Id))!.RemindersSent);
    }

    [Fact]
    public async Task Reminders_MeetingMovedAfterTheFirstReminder_NewTimeGetsFreshRemindersAndTheOldTimeNoMore()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.TickAsync();
        await host.StepUntilAsync(MeetingStart - Duration.FromHours(23), Duration.FromMinutes(30));
        Assert.Single(host.RemindersTo(prospect.Email));
        var moved = MeetingStart + Duration.FromDays(1);

        await host.InStoreAsync(async s =>
        {
            var current = await s.Meetings.FindAsync(meeting.Id);
            current!.Start = moved;
            current.End = moved + Duration.FromMinutes(30);
            await s.Meetings.UpdateAsync(current);
        });
        var sentAt = new List<Instant>();
        await host.StepUntilAsync(moved, Duration.FromMinutes(30), () =>
        {
            if (host.RemindersTo(prospect.Email).Count > sentAt.Count + 1)
            {
                sentAt.Add(host.Now);
            }
        });

        Assert.Equal([moved - Duration.FromHours(24), moved - Duration.FromHours(1)], sentAt);
        Assert.Equal(3, host.RemindersTo(prospect.Email).Count);
        Assert.Contains("Wednesday 4 March 2026, 04:00–04:30", host.RemindersTo(prospect.Email)[^1].Email.TextBody, StringComparison.Ordinal);
        Assert.Equal(3, (await host.OwnerNotificationsAsync("meeting.reminder")).Count);
    }

    [Fact]
    public async Task Reminders_WorkersDownPastTheMoment_SkipsTheStaleReminderAndSendsTheNextOnTime()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.TickAsync(); // plans the 24 h reminder for 09:00 UTC

        host.Advance(Duration.FromHours(3)); // down from 08:00 to 11:00: two hours past the moment, more than the 1 hour allowed
        await host.TickAsync();
        Assert.Empty(host.RemindersTo(prospect.Email));
        await host.StepUntilAsync(MeetingStart, Duration.FromMinutes(30));

        var reminder = Assert.Single(host.RemindersTo(prospect.Email));
        Assert.Equal(MeetingStart - Duration.FromHours(1), reminder.Result.SentAt);
        Assert.Equal("Reminder: meeting with Dana Scully (Globex) in 1 hour", Assert.Single(await host.OwnerNotificationsAsync("meeting.reminder")).Subject);
    }

    [Fact]
    public async Task Reminders_SeveralDueAtOnceAfterAnOutage_OnlyTheClosestToTheStartIsSent()
    {
        await using var host = await MeetingHost.StartAsync();
        host.AftercareOptions.ReminderMaxLateness = TimeSpan.FromDays(1);
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        await host.BookAsync(prospect, thread, TuesdayMorning);

        host.Advance(Duration.FromHours(24) + Duration.FromMinutes(10)); // Tuesday 08:10 UTC: both moments have passed
        await host.TickAsync();
        await host.TickAsync();

        var reminder = Assert.Single(host.RemindersTo(prospect.Email));
        Assert.Equal("Reminder: meeting with Dana Scully (Globex) in 1 hour", Assert.Single(await host.OwnerNotificationsAsync("meeting.reminder")).Subject);
        Assert.Equal(host.Now, reminder.Result.SentAt);
    }

    [Fact]
    public async Task Reminders_SuppressedProspect_OwnerIsRemindedButNothingIsMailedToTheProspect()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.Services.GetRequiredService<ISuppressionService>().SuppressAsync(MeetingHost.Owner, "Dana@Globex.example", SuppressionReason.Unsubscribed);

        await host.TickAsync();
        await host.StepUntilAsync(MeetingStart, Duration.FromMinutes(30));

        Assert.Empty(host.RemindersTo(prospect.Email));
        Assert.Equal(2, (await host.OwnerNotificationsAsync("meeting.reminder")).Count);
    }

    [Fact]
    public async Task OutcomeRule_AssumeCompleted_OwnerSilent_CompletesAfterThePeriodAsTheRule()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.StepUntilAsync(MeetingStart + Duration.FromHours(1), Duration.FromHours(1));
        var (held, _) = host.OutcomeLinks();

        await host.StepUntilAsync(MeetingStart + Duration.FromHours(1) + Duration.FromDays(3) - Duration.FromHours(6), Duration.FromHours(6));
        var stillOpen = (await host.FindMeetingAsync(meeting.Id))!.Status;
        await host.StepUntilAsync(MeetingStart + Duration.FromHours(1) + Duration.FromDays(3), Duration.FromMinutes(30));
        var afterwards = await host.Outcomes.DecideAsync(held, MeetingOutcomeDecision.Completed, null);

        Assert.Equal(MeetingStatus.Scheduled, stillOpen);
        Assert.Equal(MeetingStatus.Completed, (await host.FindMeetingAsync(meeting.Id))!.Status);
        var entry = (await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString()))).Single(e => e.Action == "meeting.completed");
        Assert.Equal(ActorKind.System, entry.ActorKind);
        Assert.Equal("meeting-outcome-rule", entry.ActorId);
        Assert.Equal(MeetingOutcomeLinkOutcome.AlreadyHandled, afterwards.Outcome);
        Assert.Single(host.SentTo(host.Account.EmailAddress), e => e.Email.Subject.Contains("take place?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutcomeRule_LeaveForOwner_StaysScheduledAndTheLinkStillWorks()
    {
        await using var host = await MeetingHost.StartAsync();
        host.AftercareOptions.UnmarkedOutcomeAction = UnmarkedOutcomeAction.LeaveForOwner;
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.StepUntilAsync(MeetingStart + Duration.FromDays(5), Duration.FromHours(6));
        Assert.Equal(MeetingStatus.Scheduled, (await host.FindMeetingAsync(meeting.Id))!.Status);
        var (_, noShow) = host.OutcomeLinks();

        var marked = await host.Outcomes.DecideAsync(noShow, MeetingOutcomeDecision.NoShow, null);

        Assert.Equal(MeetingOutcomeLinkOutcome.NoShow, marked.Outcome);
        Assert.Equal(MeetingStatus.NoShow, (await host.FindMeetingAsync(meeting.Id))!.Status);
    }

    [Fact]
    public async Task OutcomeLinks_Expired_Forged_OrWrongDecision_ChangeNothing()
    {
        await using var host = await MeetingHost.StartAsync();
        host.AftercareOptions.UnmarkedOutcomeAction = UnmarkedOutcomeAction.LeaveForOwner;
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var meeting = await host.BookAsync(prospect, thread, TuesdayMorning);
        await host.StepUntilAsync(MeetingStart + Duration.FromHours(1), Duration.FromHours(1));
        var (held, noShow) = host.OutcomeLinks();

        var wrongDecision = await host.Outcomes.DecideAsync(held, MeetingOutcomeDecision.NoShow, null);
        var forged = await host.Outcomes.DecideAsync(held[..^3] + "xyz", MeetingOutcomeDecision.Completed, null);
        var approvalLink = await host.Outcomes.InspectAsync("v1.k.bm90LWEtdG9rZW4.c2ln");
        host.Advance(Duration.FromDays(7) + Duration.FromMinutes(1));
        var expired = await host.Outcomes.DecideAsync(noShow, MeetingOutcomeDecision.NoShow, null);

        Assert.Equal(MeetingOutcomeLinkOutcome.Invalid, wrongDecision.Outcome);
        Assert.Equal(MeetingOutcomeLinkOutcome.Invalid, forged.Outcome);
        Assert.Equal(MeetingOutcomeLinkOutcome.Invalid, approvalLink.Outcome);
        Assert.Equal(MeetingOutcomeLinkOutcome.Expired, expired.Outcome);
        Assert.Equal(MeetingStatus.Scheduled, (await host.FindMeetingAsync(meeting.Id))!.Status);
    }
}
