using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>Stories where the slot is contested: another prospect, or the calendar, takes it first.</summary>
public sealed class MeetingConflictStoriesTests
{
    [Fact]
    public async Task TwoProspects_SecondAsksForTheFirstOnesHeldSlot_GetsAlternativesAndTheFirstBooksIt()
    {
        await using var host = await MeetingHost.StartAsync();
        var (ada, adaThread) = await host.ProspectAsync("ada@globex.example", "Ada");
        var (bob, bobThread) = await host.ProspectAsync("bob@initech.example", "Bob");
        var adaFirst = await host.ReplyAsync(ada, adaThread);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(adaFirst))!;

        // Bob says exactly the held time works: it is not free for him.
        var bobReply = await host.ReplyAsync(bob, bobThread, 0.9, new Interval(held.Start, held.End));
        await host.DrainAsync();
        var bobMeeting = (await host.MeetingForAsync(bobReply))!;
        Assert.Equal(MeetingStatus.Proposed, bobMeeting.Status);
        Assert.True(bobMeeting.Start >= held.End || bobMeeting.End <= held.Start);
        var alternatives = Assert.Single(host.SentTo(bob.Email)).Email;
        Assert.Contains("no longer free", alternatives.TextBody, StringComparison.Ordinal);

        // Ada takes it, and the owner approves: Ada wins.
        var adaChoice = await host.ReplyAsync(ada, adaThread, 0.9, new Interval(held.Start, held.End));
        await host.DrainAsync();
        var (approve, _) = host.LatestLinks();
        var result = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(BookingOutcome.Booked, result.Booking?.Outcome);
        Assert.Equal(held.Start, (await host.MeetingForAsync(adaChoice))!.Start);
        Assert.Equal(held.Start, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
    }

    [Fact]
    public async Task TwoProspects_BothApprovedForTheSameSlotAtOnce_OneIsBookedTheOtherGetsAlternatives()
    {
        await using var host = await MeetingHost.StartAsync();
        var slot = new Interval(MeetingHost.BerlinTime(3, 4, 10), MeetingHost.BerlinTime(3, 4, 10, 30));
        var (ada, adaThread) = await host.ProspectAsync("ada@globex.example", "Ada");
        var (bob, bobThread) = await host.ProspectAsync("bob@initech.example", "Bob");

        // A race the proposal lock normally prevents (for example a hold that expired in between): two meetings awaiting approval for one slot.
        var meetings = new[] { (ada, adaThread), (bob, bobThread) }.Select(p => new Meeting
        {
            OwnerId = MeetingHost.Owner,
            ProspectId = p.Item1.Id,
            ThreadId = p.Item2.Id,
            CalendarAccountId = host.Account.Id,
            Title = "Intro",
            Start = slot.Start,
            End = slot.End,
            ProspectTimeZoneId = "America/New_York",
            Status = MeetingStatus.AwaitingApproval,
        }).ToList();
        foreach (var meeting in meetings)
        {
            await host.InStoreAsync(s => s.Meetings.AddAsync(meeting));
            host.Advance(Duration.FromSeconds(1));
        }

        var results = await Task.WhenAll(meetings.Select(m => host.Booker.BookAsync(m.Id)));
        await host.DrainAsync();

        Assert.Single(results, r => r.Outcome == BookingOutcome.Booked);
        var lost = Assert.Single(results, r => r.Outcome == BookingOutcome.SlotTaken);
        Assert.NotEmpty(lost.Alternatives);
        Assert.Equal(BookingOutcome.Booked, results[0].Outcome); // the older hold wins
        Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        var bobMeeting = await host.InStoreAsync(s => s.Meetings.FindAsync(meetings[1].Id));
        Assert.Equal(MeetingStatus.Proposed, bobMeeting!.Status);
        Assert.Contains("no longer free", Assert.Single(host.SentTo(bob.Email)).Email.TextBody, StringComparison.Ordinal);
        Assert.Contains("We're confirmed", Assert.Single(host.SentTo(ada.Email)).Email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlotTakenInTheCalendarBetweenProposalAndApproval_BooksNothingAndOffersAlternatives()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, new Interval(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12)));
        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;

        // The owner accepts something else in Google Calendar before approving; it is not synced yet.
        host.Calendar.AddBusy(host.Account.Id, new Interval(meeting.Start - Duration.FromMinutes(15), meeting.End));
        var (approve, _) = host.LatestLinks();
        var result = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(ApprovalLinkOutcome.Approved, result.Outcome);
        Assert.Equal(BookingOutcome.SlotTaken, result.Booking?.Outcome);
        Assert.NotEmpty(result.Booking!.Reasons);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        var moved = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Proposed, moved.Status);
        Assert.NotEqual(meeting.Start, moved.Start);
        Assert.NotNull(moved.HoldExpiresAt);
        var email = Assert.Single(host.SentTo(prospect.Email)).Email;
        Assert.Contains("no longer free", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("meeting.proposed", await host.AuditActionsAsync(nameof(Meeting), meeting.Id.ToString()));
    }

    [Fact]
    public async Task BookAsync_CalledAgainAfterBooking_CreatesNoSecondEventOrEmail()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, 0.5);
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, new Interval(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12)));
        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;

        var again = await host.Booker.BookAsync(meeting.Id);
        await host.DrainAsync();

        Assert.Equal(BookingOutcome.AlreadyBooked, again.Outcome);
        Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Single(host.SentTo(prospect.Email));
        Assert.Equal(BookingOutcome.NotFound, (await host.Booker.BookAsync(Id<Meeting>.New())).Outcome);
    }
}
