using AutoMeet.Campaigns;
using AutoMeet.Sequences.Distribution;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.Distribution.DistributionFixtures;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed partial class OutreachDistributorTests
{
    [Fact]
    public void Distribute_NewProspectCap_DefersNewOnesButStillSendsFollowUps()
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 3);
        var candidates = Enumerable.Range(0, 5).Select(i => Candidate(i, Nine))
            .Concat(Enumerable.Range(10, 4).Select(i => Candidate(i, Nine + Duration.FromHours(2), followUp: true, mailbox: MailboxId(1))))
            .ToArray();

        var results = Run(sut, candidates, [Mailbox(1)], Morning, out var summary);

        Assert.Equal(3, results[..5].Count(r => r.IsAssigned));
        Assert.All(results[..5].Where(r => !r.IsAssigned), r => Assert.Equal(DeferralReason.NewProspectCapReached, r.Reason));
        Assert.All(results[5..], r => Assert.True(r.IsAssigned));
        Assert.Equal(3, summary.Mailboxes[0].NewProspectsAssigned);
    }

    [Fact]
    public void Distribute_CapSmallerThanDemand_FollowUpsGoFirstEvenWhenDueLater()
    {
        var sut = Distributor();
        var candidates = Enumerable.Range(0, 5).Select(i => Candidate(i, Nine))
            .Concat(Enumerable.Range(10, 3).Select(i => Candidate(i, Nine + Duration.FromHours(4), followUp: true)))
            .ToArray();

        var results = Run(sut, candidates, [Mailbox(1, limit: 4)], Morning);

        Assert.All(results[5..], r => Assert.True(r.IsAssigned));
        Assert.Equal(1, results[..5].Count(r => r.IsAssigned));
        // The new prospect is placed in the free morning, not after the afternoon follow-ups.
        Assert.True(results[..5].Single(r => r.IsAssigned).SendAt < Nine + Duration.FromHours(1));
    }

    [Fact]
    public void Distribute_SameDomain_CapsPerMailboxAndSpacesAcrossMailboxes()
    {
        var sut = Distributor(o =>
        {
            o.MaxPerDomainPerMailboxPerDay = 2;
            o.DomainMinGap = TimeSpan.FromMinutes(3);
        });
        var candidates = Enumerable.Range(0, 6).Select(i => Candidate(i, Nine, domain: "acme.example")).ToArray();

        var results = Run(sut, candidates, [Mailbox(1), Mailbox(2)], Morning);

        Assert.Equal(4, results.Count(r => r.IsAssigned));
        Assert.All(results.Where(r => !r.IsAssigned), r => Assert.Equal(DeferralReason.DomainThrottled, r.Reason));
        var times = results.Where(r => r.IsAssigned).Select(r => r.SendAt!.Value).Order().ToList();
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), g => Assert.True(g >= Duration.FromMinutes(3), $"domain gap {g}"));
    }

    [Fact]
    public void Distribute_FreeMailDomain_IsNotThrottled()
    {
        var sut = Distributor(o => o.MaxPerDomainPerMailboxPerDay = 1);
        var candidates = Enumerable.Range(0, 4).Select(i => Candidate(i, Nine, domain: "GMAIL.com")).ToArray();

        Assert.All(Run(sut, candidates, [Mailbox(1)], Morning), r => Assert.True(r.IsAssigned));
    }

    [Fact]
    public void Distribute_DomainSendsAlreadyToday_CountAgainstTheDomainCap()
    {
        var sut = Distributor(o => o.MaxPerDomainPerMailboxPerDay = 2);
        var mailbox = Mailbox(1) with { DomainSendsToday = new Dictionary<string, int> { ["acme.example"] = 2 } };

        Assert.Equal(DeferralReason.DomainThrottled, Run(sut, [Candidate(1, Nine, domain: "acme.example")], [mailbox], Morning)[0].Reason);
    }

    [Fact]
    public void Distribute_BounceRateOverThreshold_TripsTheBreakerAndSendsNothingFromThatMailbox()
    {
        var sut = Distributor();
        var bouncing = Mailbox(1) with { RecentSent = 100, RecentBounces = 6 };

        var results = Run(sut, Enumerable.Range(0, 4).Select(i => Candidate(i, Nine)).ToArray(), [bouncing, Mailbox(2)], Morning, out var summary);

        Assert.All(results, r => Assert.Equal(MailboxId(2), r.Mailbox));
        Assert.Equal(BreakerState.TrippedNow, summary.Mailboxes[0].Breaker);
        Assert.Equal(Morning + Duration.FromHours(24), summary.Mailboxes[0].BreakerOpenUntil);
        Assert.Equal(0, summary.Mailboxes[0].Assigned);
    }

    [Fact]
    public void Distribute_ComplaintRateOverThreshold_TripsTheBreaker()
    {
        var result = Run(Distributor(), [Candidate(1, Nine)], [Mailbox(1) with { RecentSent = 1000, RecentComplaints = 3 }], Morning, out var summary)[0];

        Assert.Equal(DeferralReason.BreakerOpen, result.Reason);
        Assert.Equal(Morning + Duration.FromHours(24), result.RetryAt);
        Assert.Equal(BreakerState.TrippedNow, summary.Mailboxes[0].Breaker);
    }

    [Fact]
    public void Distribute_HighRateBelowTheMinimumSample_DoesNotTrip()
    {
        var result = Run(Distributor(), [Candidate(1, Nine)], [Mailbox(1) with { RecentSent = 10, RecentBounces = 5 }], Morning, out var summary)[0];

        Assert.True(result.IsAssigned);
        Assert.Equal(BreakerState.Closed, summary.Mailboxes[0].Breaker);
    }

    [Fact]
    public void Distribute_BreakerOpenedWithinCooldown_StaysOpenThenClosesAfterIt()
    {
        var sut = Distributor();
        var mailbox = Mailbox(1) with { BreakerOpenedAt = Morning - Duration.FromHours(20) };

        var during = Run(sut, [Candidate(1, Nine)], [mailbox], Morning, out var summary)[0];
        var after = Run(sut, [Candidate(1, Nine)], [mailbox], Morning + Duration.FromHours(5))[0]; // 11:00, the cool-down ended at 10:00

        Assert.Equal(DeferralReason.BreakerOpen, during.Reason);
        Assert.Equal(BreakerState.Open, summary.Mailboxes[0].Breaker);
        Assert.Equal(Morning + Duration.FromHours(4), during.RetryAt);
        Assert.True(after.IsAssigned);
    }

    [Fact]
    public void Distribute_ManualResetMode_StaysOpenUntilCleared()
    {
        var sut = Distributor(o => o.BreakerReset = BreakerResetMode.Manual);
        var mailbox = Mailbox(1) with { BreakerOpenedAt = Morning - Duration.FromDays(30) };

        var open = Run(sut, [Candidate(1, Nine)], [mailbox], Morning)[0];
        var reset = Run(sut, [Candidate(1, Nine)], [mailbox with { BreakerOpenedAt = null }], Morning)[0];

        Assert.Equal(DeferralReason.BreakerOpen, open.Reason);
        Assert.Null(open.RetryAt);
        Assert.True(reset.IsAssigned);
    }

    [Fact]
    public void Distribute_ProspectInKolkata_SendsInsideTheIndianWindowAndDefersWithTheIndianOpening()
    {
        var context = Context(Sequence(Email(0)), Schedule("Europe/London"));
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 500);
        var opening = Utc(2026, 3, 10, 3, 30); // 09:00 IST (+05:30)
        var candidates = Enumerable.Range(0, 120).Select(i => Candidate(i, opening, context: context, zone: "Asia/Kolkata")).ToArray();

        var results = Run(sut, candidates, [Mailbox(1, 500)], Utc(2026, 3, 10, 0), out _);

        var sent = results.Where(r => r.IsAssigned).ToList();
        Assert.InRange(sent.Count, 74, 97); // 8 hours at 5 to 6.5 minutes apart
        Assert.All(sent, r => Assert.InRange(r.SendAt!.Value, opening, Utc(2026, 3, 10, 11, 30) - Duration.Epsilon));
        var deferred = results.First(r => !r.IsAssigned);
        Assert.Equal(DeferralReason.WindowClosed, deferred.Reason);
        Assert.Equal(Utc(2026, 3, 11, 3, 30), deferred.RetryAt);
    }

    [Fact]
    public void Distribute_BerlinDstChangeInsideTheWindow_UsesTheShortenedWindowOfThatDay()
    {
        // Window 01:00-05:00 Berlin on Sunday 29 March 2026: clocks jump from 02:00 to 03:00, so it lasts 3 hours (00:00Z-03:00Z).
        var context = Context(Sequence(Email(0)), Schedule("Europe/Berlin", SendingDays.All, 1, 0, 5));
        var sut = Distributor(o =>
        {
            o.MaxNewProspectsPerMailboxPerDay = 500;
            o.MinGap = TimeSpan.FromMinutes(10);
            o.JitterFraction = 0;
        });
        var candidates = Enumerable.Range(0, 30).Select(i => Candidate(i, Utc(2026, 3, 29, 0), context: context, zone: "Europe/Berlin")).ToArray();

        var results = Run(sut, candidates, [Mailbox(1, 500)], Utc(2026, 3, 28, 23, 30));

        // 23:30Z is still Saturday in UTC: the day ends at 00:00Z, so everything is for tomorrow.
        Assert.All(results, r => Assert.Equal(DeferralReason.NotDueToday, r.Reason));
        var sunday = Run(sut, candidates, [Mailbox(1, 500)], Utc(2026, 3, 29, 0));
        Assert.Equal(18, sunday.Count(r => r.IsAssigned)); // 00:00Z, 00:10Z … 02:50Z
        Assert.Equal(Utc(2026, 3, 29, 2, 50), sunday.Where(r => r.IsAssigned).Max(r => r.SendAt));
        Assert.Equal(Utc(2026, 3, 29, 23), sunday.First(r => !r.IsAssigned).RetryAt); // Monday 01:00 CEST
    }

    [Fact]
    public void Explain_CapReached_SaysSoInOneSentence()
    {
        var explanation = Distributor().Explain(Candidate(1, Nine), [Mailbox(1, 5) with { SentToday = 5 }], Morning);

        Assert.Equal(DeferralReason.CapReached, explanation.Decision.Reason);
        Assert.StartsWith("daily cap reached: mailbox ", explanation.Reason, StringComparison.Ordinal);
        Assert.EndsWith("next try at 2026-03-11 09:00Z", explanation.Reason, StringComparison.Ordinal);
    }
}
