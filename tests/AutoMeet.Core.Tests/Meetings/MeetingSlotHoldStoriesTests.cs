using AutoMeet.Approvals;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>
/// Every time a proposal offers is held for the prospect: no other prospect is offered it until the proposal is
/// booked, declined, superseded or its hold expires; the e-mail lists exactly the held times, on every attempt.
/// </summary>
public sealed class MeetingSlotHoldStoriesTests
{
    /// <summary>Saturday 7 March 2026, 10:00–11:00 in Berlin: outside working hours, so the nearest free times are offered and held.</summary>
    private static readonly Interval Saturday = new(MeetingHost.BerlinTime(3, 7, 10), MeetingHost.BerlinTime(3, 7, 11));

    /// <summary>The prospects' zone (see <see cref="MeetingHost.ProspectAsync"/>): the e-mails show times in it.</summary>
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task Proposal_AnotherProspectAfterwards_IsOfferedNoneOfTheTimesHeldForTheFirst()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (second, secondThread) = await host.ProspectAsync("fox@initech.example", "Fox");

        var a = await host.ReplyAsync(first, firstThread, 0.9);
        await host.DrainAsync();
        host.Advance(Duration.FromMinutes(1));
        var b = await host.ReplyAsync(second, secondThread, 0.9);
        await host.DrainAsync();

        var heldForFirst = (await host.MeetingForAsync(a))!;
        var heldForSecond = (await host.MeetingForAsync(b))!;
        Assert.Equal(MeetingStatus.Proposed, heldForFirst.Status);
        Assert.Equal(MeetingStatus.Proposed, heldForSecond.Status);
        Assert.Equal(3, heldForFirst.HeldSlots.Count);
        Assert.Equal(3, heldForSecond.HeldSlots.Count);
        Assert.Equal(new Interval(heldForFirst.Start, heldForFirst.End), heldForFirst.HeldSlots[0]);
        Assert.DoesNotContain(heldForSecond.HeldSlots, s => heldForFirst.HeldSlots.Any(h => Overlaps(h, s)));
        Assert.Equal(Texts(heldForFirst.HeldSlots), Offered(host, first.Email));
        Assert.Equal(Texts(heldForSecond.HeldSlots), Offered(host, second.Email));
    }

    [Fact]
    public async Task Proposal_FirstProspectsHoldExpired_TheirTimesAreOfferedToTheNextProspect()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (second, secondThread) = await host.ProspectAsync("fox@initech.example", "Fox");
        var (third, thirdThread) = await host.ProspectAsync("walter@umbrella.example", "Walter");
        var a = await host.ReplyAsync(first, firstThread, 0.9, Saturday);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(a))!;
        host.Advance(Duration.FromMinutes(1));
        var b = await host.ReplyAsync(second, secondThread, 0.9, Saturday);
        await host.DrainAsync();
        var blocked = (await host.MeetingForAsync(b))!;

        host.Advance(Duration.FromHours(48) + Duration.FromMinutes(1)); // both holds (48 hours each) have expired
        var report = await host.RunCleanupAsync();
        var c = await host.ReplyAsync(third, thirdThread, 0.9, Saturday);
        await host.DrainAsync();

        Assert.Equal(3, held.HeldSlots.Count);
        Assert.Equal(Texts(held.HeldSlots), Offered(host, first.Email)); // the Alternatives e-mail lists the held times
        Assert.DoesNotContain(blocked.HeldSlots, s => held.HeldSlots.Any(h => Overlaps(h, s)));
        Assert.Equal(2, report.ExpiredHolds);
        var expired = (await host.MeetingForAsync(a))!;
        Assert.Equal(MeetingStatus.Declined, expired.Status);
        Assert.Empty(expired.HeldSlots);
        Assert.Equal(Sorted(held.HeldSlots), Sorted((await host.MeetingForAsync(c))!.HeldSlots));
    }

    [Fact]
    public async Task Proposal_FirstProspectRepliesAgainElsewhere_TheSupersededProposalsTimesAreReleased()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (third, thirdThread) = await host.ProspectAsync("walter@umbrella.example", "Walter");
        var a = await host.ReplyAsync(first, firstThread, 0.9, Saturday);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(a))!;
        host.Advance(Duration.FromMinutes(1));

        var tuesday = new Interval(MeetingHost.BerlinTime(3, 10, 10), MeetingHost.BerlinTime(3, 10, 11));
        var again = await host.ReplyAsync(first, firstThread, 0.9, tuesday);
        await host.DrainAsync();
        var c = await host.ReplyAsync(third, thirdThread, 0.9, Saturday);
        await host.DrainAsync();

        var superseded = (await host.MeetingForAsync(a))!;
        Assert.Equal(MeetingStatus.Declined, superseded.Status);
        Assert.Empty(superseded.HeldSlots);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(again))!.Status);
        Assert.Equal(Sorted(held.HeldSlots), Sorted((await host.MeetingForAsync(c))!.HeldSlots));
    }

    [Fact]
    public async Task Proposal_FirstProspectBooksOneHeldTime_OnlyTheBookedTimeStaysBusy()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (third, thirdThread) = await host.ProspectAsync("walter@umbrella.example", "Walter");
        var a = await host.ReplyAsync(first, firstThread, 0.9, Saturday);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(a))!;
        var picked = held.HeldSlots[1];
        host.Advance(Duration.FromMinutes(1));

        var chose = await host.ReplyAsync(first, firstThread, 0.9, picked);
        await host.DrainAsync();
        var (approve, _) = host.LatestLinks();
        var approval = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();
        var c = await host.ReplyAsync(third, thirdThread, 0.9, Saturday);
        await host.DrainAsync();

        var booked = (await host.MeetingForAsync(chose))!;
        Assert.Equal(ApprovalLinkOutcome.Approved, approval.Outcome);
        Assert.Equal(MeetingStatus.Scheduled, booked.Status);
        Assert.Equal(picked, new Interval(booked.Start, booked.End));
        Assert.Empty(booked.HeldSlots);
        Assert.Equal(MeetingStatus.Declined, (await host.MeetingForAsync(a))!.Status);
        var offeredNext = (await host.MeetingForAsync(c))!.HeldSlots;
        Assert.DoesNotContain(offeredNext, s => Overlaps(s, picked));
        Assert.Contains(held.HeldSlots[0], offeredNext);
        Assert.Contains(held.HeldSlots[2], offeredNext);
    }

    [Fact]
    public async Task ProposalEmail_ComposedAgainAfterTheCalendarChanged_ListsTheSameHeldTimes()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (other, _) = await host.ProspectAsync("fox@initech.example", "Fox");
        var a = await host.ReplyAsync(first, firstThread, 0.9);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(a))!;
        var sent = Offered(host, first.Email);

        // A meeting booked by hand over the last held time: a recomputed list would now differ.
        await host.InStoreAsync(s => s.Meetings.AddAsync(new Meeting
        {
            OwnerId = MeetingHost.Owner, ProspectId = other.Id, Status = MeetingStatus.Scheduled, Start = held.HeldSlots[2].Start, End = held.HeldSlots[2].End,
        }));
        var retried = await ComposeOfferAsync(host, held, first, firstThread.Id);

        Assert.Equal(Texts(held.HeldSlots), sent);
        Assert.Equal(sent, Lines(retried));
    }

    [Fact]
    public async Task ProposalEmail_MeetingProposedBeforeHeldTimesWereStored_ListsItsStartFirstThenOtherFreeTimes()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var start = MeetingHost.BerlinTime(3, 4, 10);
        var legacy = new Meeting
        {
            OwnerId = MeetingHost.Owner, ProspectId = first.Id, ThreadId = firstThread.Id, CalendarAccountId = host.Account.Id, Status = MeetingStatus.Proposed,
            Start = start, End = start + Duration.FromMinutes(30), HoldExpiresAt = host.Now + Duration.FromHours(48),
        };
        await host.InStoreAsync(s => s.Meetings.AddAsync(legacy));

        var lines = Lines(await ComposeOfferAsync(host, legacy, first, firstThread.Id));

        Assert.Equal(3, lines.Count);
        Assert.Equal(Texts([new Interval(legacy.Start, legacy.End)])[0], lines[0]);
    }

    private static async Task<string> ComposeOfferAsync(MeetingHost host, Meeting meeting, Prospect prospect, Id<EmailThread> threadId)
    {
        var composer = host.Services.GetRequiredService<MeetingEmailComposer>();
        var request = new MeetingEmailRequest(meeting.Id.Value, MeetingEmailKind.Proposal, meeting.Start.ToUnixTimeSeconds());
        var email = await host.InStoreAsync(async s =>
        {
            var stored = await s.Meetings.FindAsync(meeting.Id);
            var thread = await s.Threads.FindAsync(threadId);
            return await composer.OfferAsync(s, request, stored!, prospect, host.Account, thread!, CancellationToken.None);
        });
        return email.TextBody;
    }

    private static List<string> Offered(MeetingHost host, string address) => Lines(Assert.Single(host.SentTo(address)).Email.TextBody);

    private static List<string> Lines(string body) =>
        [.. body.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..])];

    private static List<string> Texts(IEnumerable<Interval> slots) => [.. slots.Select(s => MeetingTimeText.Format(s.Start, s.End, NewYork))];

    private static List<Interval> Sorted(IEnumerable<Interval> slots) => [.. slots.OrderBy(s => s.Start)];

    private static bool Overlaps(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;
}
