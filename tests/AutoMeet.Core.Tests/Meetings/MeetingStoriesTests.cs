using System.Text;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using AutoMeet.Meetings;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>Whole stories on the sandbox providers with a fake clock: reply → proposal → approval → booking → confirmation.</summary>
public sealed class MeetingStoriesTests
{
    /// <summary>Tuesday 3 March 2026, 10:00–12:00 in Berlin (09:00–11:00 UTC).</summary>
    private static readonly Interval TuesdayMorning = new(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12));

    [Fact]
    public async Task ApprovalMode_ReplyWithTimes_OwnerApprovesByLink_BooksEventWithMeetAndConfirmsWithIcs()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.95, TuesdayMorning);

        await host.DrainAsync();

        var meeting = await host.MeetingForAsync(decision);
        Assert.NotNull(meeting);
        Assert.Equal(MeetingStatus.AwaitingApproval, meeting.Status);
        Assert.Equal(TuesdayMorning.Start, meeting.Start);
        Assert.Equal(TuesdayMorning.Start + Duration.FromMinutes(30), meeting.End);
        var request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Equal(0.95, request.Confidence);
        Assert.Empty(host.SentTo(prospect.Email)); // nothing goes to the prospect before the owner decides
        var ownerMail = Assert.Single(host.SentTo(host.Account.EmailAddress)).Email;
        Assert.Equal(host.Account.Id, ownerMail.MailboxAccountId);
        Assert.Contains("Tuesday 3 March 2026, 10:00–10:30 (Europe/Berlin, CET)", ownerMail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(request.TokenHash, ownerMail.TextBody, StringComparison.Ordinal);

        var (approve, _) = host.LatestLinks();
        var page = await host.Approvals.InspectAsync(approve);
        Assert.Equal(ApprovalLinkOutcome.Pending, page.Outcome);
        Assert.Equal(ApprovalDecision.Approve, page.Decision);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status); // opening the link decides nothing

        var result = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, "203.0.113.7");
        Assert.Equal(ApprovalLinkOutcome.Approved, result.Outcome);
        Assert.Equal(BookingOutcome.Booked, result.Booking?.Outcome);
        await host.DrainAsync();

        meeting = await host.MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.Scheduled, meeting!.Status);
        var calendarEvent = Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Equal(meeting.CalendarEventId, calendarEvent.EventId);
        Assert.Equal(TuesdayMorning.Start, calendarEvent.Start);
        Assert.StartsWith("https://meet.", calendarEvent.ConferenceUrl, StringComparison.Ordinal);
        Assert.Equal(calendarEvent.ConferenceUrl, meeting.ConferenceUrl);

        var confirmation = Assert.Single(host.SentTo(prospect.Email)).Email;
        Assert.Equal("Re: Quick question", confirmation.Subject);
        Assert.Equal(thread.ProviderThreadId, confirmation.ProviderThreadId);
        Assert.NotNull(confirmation.InReplyTo);
        Assert.Contains("Tuesday 3 March 2026, 04:00–04:30 (America/New_York, EST)", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains(calendarEvent.ConferenceUrl!, confirmation.TextBody, StringComparison.Ordinal);
        var ics = Assert.Single(confirmation.Attachments);
        Assert.Equal("invite.ics", ics.FileName);
        Assert.StartsWith("text/calendar", ics.ContentType, StringComparison.Ordinal);
        var icsText = Encoding.UTF8.GetString(ics.Content.Span);
        Assert.Contains("BEGIN:VEVENT", icsText, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260303T090000Z", icsText, StringComparison.Ordinal);
        Assert.Contains(calendarEvent.ConferenceUrl!, icsText, StringComparison.Ordinal);

        request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal(ApprovalStatus.Approved, request.Status);
        Assert.Equal(MeetingHost.Owner.Value, request.DecidedBy);
        Assert.Equal("link; 203.0.113.7", request.DecisionSource);
        Assert.Equal(
            ["meeting.created", "meeting.scheduled", "meeting.event-created"],
            await host.AuditActionsAsync(nameof(Meeting), meeting.Id.ToString()));
        Assert.Equal(["approval.requested", "approval.approved"], await host.AuditActionsAsync(nameof(ApprovalRequest), request.Id.ToString()));
        var threadNow = await host.InStoreAsync(s => s.Threads.FindAsync(thread.Id));
        Assert.Contains(threadNow!.Messages, m => m.RfcMessageId == confirmation.RfcMessageId);
    }

    [Fact]
    public async Task ApprovalMode_LinkClickedTwiceAndDeclineAfterwards_ChangesNothingMore()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, TuesdayMorning);
        await host.DrainAsync();
        var (approve, decline) = host.LatestLinks();

        var clicks = await Task.WhenAll(
            host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null),
            host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null));
        var again = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        var declined = await host.Approvals.DecideAsync(decline, ApprovalDecision.Decline, null);
        await host.DrainAsync();

        Assert.Single(clicks, c => c.Outcome == ApprovalLinkOutcome.Approved);
        Assert.Single(clicks, c => c.Outcome == ApprovalLinkOutcome.AlreadyHandled);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, again.Outcome);
        Assert.Equal(ApprovalStatus.Approved, again.RequestStatus);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, declined.Outcome);
        Assert.Equal(MeetingStatus.Scheduled, (await host.MeetingForAsync(decision))!.Status);
        Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Single(host.SentTo(prospect.Email));
    }

    [Fact]
    public async Task ApprovalMode_OwnerDeclines_ReleasesTheSlotAndBooksNothing()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, TuesdayMorning);
        await host.DrainAsync();
        var (_, decline) = host.LatestLinks();

        var result = await host.Approvals.DecideAsync(decline, ApprovalDecision.Decline, null);
        await host.DrainAsync();

        Assert.Equal(ApprovalLinkOutcome.Declined, result.Outcome);
        var meeting = await host.MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.Declined, meeting!.Status);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Empty(host.SentTo(prospect.Email));
        Assert.Contains("meeting.declined", await host.AuditActionsAsync(nameof(Meeting), meeting.Id.ToString()));
    }

    [Fact]
    public async Task AutonomousMode_ConfidentReplyWithTimes_BooksWithoutAskingAndConfirms()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.92, TuesdayMorning);

        await host.DrainAsync();

        var meeting = await host.MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.Scheduled, meeting!.Status);
        Assert.Empty(await host.ApprovalsForAsync(meeting.Id));
        Assert.Empty(host.SentTo(host.Account.EmailAddress));
        var calendarEvent = Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        var confirmation = Assert.Single(host.SentTo(prospect.Email)).Email;
        Assert.Contains(calendarEvent.ConferenceUrl!, confirmation.TextBody, StringComparison.Ordinal);
        Assert.Single(confirmation.Attachments);
        var audit = await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString()));
        Assert.Equal(ActorKind.AI, audit[0].ActorKind);
    }

    [Fact]
    public async Task AutonomousMode_ConfidenceBelowThreshold_FallsBackToApproval()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.6, TuesdayMorning);

        await host.DrainAsync();

        var meeting = await host.MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.AwaitingApproval, meeting!.Status);
        Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Single(host.SentTo(host.Account.EmailAddress));
    }

    [Fact]
    public async Task Proposal_ReplyWithoutTimes_OffersKTimesInProspectZoneAndHoldsTheFirst()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread);

        await host.DrainAsync();

        var meeting = await host.MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.Proposed, meeting!.Status);
        Assert.Equal(host.Now + Duration.FromHours(48), meeting.HoldExpiresAt);
        var proposal = Assert.Single(host.SentTo(prospect.Email)).Email;
        Assert.Equal(thread.ProviderThreadId, proposal.ProviderThreadId);
        var lines = proposal.TextBody.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Contains("(America/New_York, EST)", l, StringComparison.Ordinal));
        Assert.Contains(MeetingTimeText.Format(meeting.Start, meeting.End, DateTimeZoneProviders.Tzdb["America/New_York"]), lines[0], StringComparison.Ordinal);

        var owner = host.Services.GetRequiredService<IOwnerAvailability>();
        var slots = await owner.GetSlotsAsync(MeetingHost.Owner, DateTimeZone.Utc, new Interval(meeting.Start - Duration.FromHours(1), meeting.End + Duration.FromHours(1)));
        Assert.DoesNotContain(slots.Slots, s => s.Start < meeting.End && meeting.Start < s.End); // held for this prospect
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Empty(host.SentTo(host.Account.EmailAddress));
    }

    [Fact]
    public async Task Proposal_SameReplyHandledTwice_CreatesOneMeetingAndSendsOneEmail()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread);
        var scheduler = host.Services.GetRequiredService<MeetingScheduler>();
        var request = new MeetingProposalRequest(decision.Id.Value, decision.MessageId.Value, thread.Id.Value, prospect.Id.Value, host.Campaign.Id.Value, null);

        await host.DrainAsync();
        var again = await scheduler.ProposeAsync(request, CancellationToken.None);
        await host.DrainAsync();

        Assert.Equal(ProposalOutcome.AlreadyHandled, again);
        Assert.Single(await host.InStoreAsync(s => s.Meetings.ListByProspectAsync(prospect.Id)));
        Assert.Single(host.SentTo(prospect.Email));
    }

    [Fact]
    public async Task Proposal_ThenProspectPicksOneOfTheTimes_SupersedesTheProposalAndAsksTheOwner()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var first = await host.ReplyAsync(prospect, thread);
        await host.DrainAsync();
        var proposed = (await host.MeetingForAsync(first))!;

        var second = await host.ReplyAsync(prospect, thread, 0.9, new Interval(proposed.Start, proposed.End));
        await host.DrainAsync();

        Assert.Equal(MeetingStatus.Declined, (await host.MeetingForAsync(first))!.Status);
        var chosen = (await host.MeetingForAsync(second))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, chosen.Status);
        Assert.Equal(proposed.Start, chosen.Start); // its own earlier hold does not block the prospect
    }
}
