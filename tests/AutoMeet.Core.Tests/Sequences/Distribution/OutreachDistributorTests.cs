using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Sequences.Distribution;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.Distribution.DistributionFixtures;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed partial class OutreachDistributorTests
{
    private static readonly Instant Morning = Utc(2026, 3, 10, 6);
    private static readonly Instant Nine = Utc(2026, 3, 10, 9);

    [Fact]
    public void Distribute_OneCandidate_AssignsAtTheEarliestInstantPlusJitterBelowTheGap()
    {
        var sut = Distributor();

        var result = Run(sut, [Candidate(1, Nine)], [Mailbox(1)], Morning)[0];

        Assert.True(result.IsAssigned);
        Assert.Equal(MailboxId(1), result.Mailbox);
        Assert.InRange(result.SendAt!.Value, Nine, Nine + Duration.FromSeconds(90)); // 5 min × 0.3
    }

    [Fact]
    public void Distribute_MoreCandidatesThanTheDailyLimit_DefersTheRestWithCapReachedAndTomorrowsWindow()
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 100);
        var candidates = Enumerable.Range(0, 8).Select(i => Candidate(i, Nine)).ToArray();

        var results = Run(sut, candidates, [Mailbox(1, limit: 5)], Morning, out var summary);

        Assert.Equal(5, results.Count(r => r.IsAssigned));
        var deferred = results.Where(r => !r.IsAssigned).ToList();
        Assert.All(deferred, r => Assert.Equal(DeferralReason.CapReached, r.Reason));
        Assert.All(deferred, r => Assert.Equal(Utc(2026, 3, 11, 9), r.RetryAt));
        Assert.Equal(5, summary.Mailboxes[0].SentToday);
        Assert.Contains("daily cap reached", deferred[0].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Distribute_AlreadySentTodayCountsAgainstTheCap()
    {
        var sut = Distributor();

        var result = Run(sut, [Candidate(1, Nine)], [Mailbox(1, limit: 5) with { SentToday = 5 }], Morning)[0];

        Assert.Equal(DeferralReason.CapReached, result.Reason);
        Assert.Equal(5, result.Limit);
    }

    [Theory]
    [InlineData(0, 10)] // day 1 of the default ramp
    [InlineData(3, 25)] // day 4
    [InlineData(13, 50)] // day 14 would allow 100, but the mailbox's own limit is 50
    [InlineData(40, 50)] // after the ramp
    public void Distribute_WarmingMailbox_CapsAtTheRampStepOfTheDay(int daysSinceStart, int expected)
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 500);
        var candidates = Enumerable.Range(0, 60).Select(i => Candidate(i, Nine)).ToArray();
        var mailbox = Mailbox(1, limit: 50) with { WarmupStartedAt = Morning - Duration.FromDays(daysSinceStart) };

        var results = Run(sut, candidates, [mailbox], Morning, out var summary);

        Assert.Equal(expected, summary.Mailboxes[0].Cap);
        // 60 sends at >= 5 minutes apart need 5 hours; the 8-hour window holds them all, so only the cap limits.
        Assert.Equal(expected, results.Count(r => r.IsAssigned));
        var reason = results.First(r => !r.IsAssigned).Reason;
        Assert.Equal(expected == 50 ? DeferralReason.CapReached : DeferralReason.WarmupCap, reason);
    }

    [Fact]
    public void Distribute_CustomWarmupSchedule_IsUsedInsteadOfTheDefault()
    {
        var sut = Distributor(o =>
        {
            o.WarmupSchedule.Add(2);
            o.WarmupSchedule.Add(4);
        });
        var mailbox = Mailbox(1) with { WarmupStartedAt = Morning - Duration.FromDays(1) };

        var results = Run(sut, Enumerable.Range(0, 6).Select(i => Candidate(i, Nine)).ToArray(), [mailbox], Morning);

        Assert.Equal(4, results.Count(r => r.IsAssigned));
        Assert.Equal(DeferralReason.WarmupCap, results.First(r => !r.IsAssigned).Reason);
    }

    [Fact]
    public void Distribute_ThreeMailboxes_RotatesLeastLoadedFirstWithIdTieBreak()
    {
        var sut = Distributor();
        var mailboxes = new[] { Mailbox(3), Mailbox(1), Mailbox(2) with { SentToday = 1 } };

        var results = Run(sut, Enumerable.Range(0, 5).Select(i => Candidate(i, Nine)).ToArray(), mailboxes, Morning);

        // Loads 0, 0, 1: mailboxes 1 and 3 first, then all at 1 take one more each, so every mailbox ends the day at 2.
        Assert.Equal(2, results.Count(r => r.Mailbox == MailboxId(1)));
        Assert.Equal(1, results.Count(r => r.Mailbox == MailboxId(2)));
        Assert.Equal(2, results.Count(r => r.Mailbox == MailboxId(3)));
        var single = Run(sut, [Candidate(9, Nine)], mailboxes, Morning)[0];
        Assert.Equal(MailboxId(1), single.Mailbox); // tie between 1 and 3 at load 0: the smaller id
    }

    [Fact]
    public void Distribute_RotationByShareOfCap_SmallWarmingMailboxGetsProportionallyFewer()
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 500);
        var warming = Mailbox(1, limit: 100) with { WarmupStartedAt = Morning }; // cap 10 today
        var established = Mailbox(2, limit: 40);

        var results = Run(sut, Enumerable.Range(0, 50).Select(i => Candidate(i, Nine)).ToArray(), [warming, established], Morning);

        Assert.Equal(10, results.Count(r => r.Mailbox == MailboxId(1) && r.IsAssigned));
        Assert.Equal(40, results.Count(r => r.Mailbox == MailboxId(2) && r.IsAssigned));
    }

    [Fact]
    public void Distribute_ManyCandidatesOneMailbox_KeepsTheMinimumGapWithDistinctJitter()
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 500);

        var results = Run(sut, Enumerable.Range(0, 40).Select(i => Candidate(i, Nine)).ToArray(), [Mailbox(1, 100)], Morning);

        var times = results.Where(r => r.IsAssigned).Select(r => r.SendAt!.Value).Order().ToList();
        Assert.Equal(40, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, g => Assert.True(g >= Duration.FromMinutes(5), $"gap {g}"));
        Assert.True(gaps.Distinct().Count() > 10, "gaps should be jittered, not all equal");
    }

    [Fact]
    public void Distribute_SameInputTwice_ReturnsTheSamePlan()
    {
        var sut = Distributor();
        var candidates = Enumerable.Range(0, 200).Select(i => Candidate(i, Nine + Duration.FromMinutes(i % 90), i % 3 == 0, $"d{i % 7}.example")).ToArray();
        var mailboxes = new[] { Mailbox(1), Mailbox(2), Mailbox(3) };

        Assert.Equal(Run(sut, candidates, mailboxes, Morning), Run(Distributor(), candidates, mailboxes, Morning));
    }

    [Fact]
    public void Distribute_SpacingPushesPastTheWindow_DefersWithWindowClosedUntilTomorrowsOpening()
    {
        var sut = Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 500);
        var late = Utc(2026, 3, 10, 16, 50); // 10 minutes before the window closes: room for two sends.

        var results = Run(sut, Enumerable.Range(0, 4).Select(i => Candidate(i, late)).ToArray(), [Mailbox(1)], Morning);

        Assert.Equal(2, results.Count(r => r.IsAssigned));
        Assert.All(results.Where(r => r.IsAssigned), r => Assert.True(r.SendAt < Utc(2026, 3, 10, 17)));
        var deferred = results.First(r => !r.IsAssigned);
        Assert.Equal(DeferralReason.WindowClosed, deferred.Reason);
        Assert.Equal(Utc(2026, 3, 11, 9), deferred.RetryAt);
    }

    [Fact]
    public void Distribute_EarliestTomorrow_DefersAsNotDueToday()
    {
        var result = Run(Distributor(), [Candidate(1, Utc(2026, 3, 11, 9))], [Mailbox(1)], Morning)[0];

        Assert.Equal(DeferralReason.NotDueToday, result.Reason);
        Assert.Equal(Utc(2026, 3, 11, 9), result.RetryAt);
    }

    [Fact]
    public void Distribute_ExistingScheduledSends_AreKeptAtTheMinimumGap()
    {
        var sut = Distributor();
        var mailbox = Mailbox(1) with { SentToday = 1, Scheduled = new[] { Nine + Duration.FromMinutes(2) } };

        var result = Run(sut, [Candidate(1, Nine)], [mailbox], Morning)[0];

        Assert.True(result.SendAt >= Nine + Duration.FromMinutes(7), $"{result.SendAt}");
    }

    [Fact]
    public void Distribute_NoMailboxes_DefersWithNoMailbox()
    {
        var result = Run(Distributor(), [Candidate(1, Nine)], [], Morning)[0];

        Assert.Equal(DeferralReason.NoMailbox, result.Reason);
    }

    [Fact]
    public void Distribute_FollowUpWithStickyMailbox_UsesOnlyThatMailbox()
    {
        var sut = Distributor();
        var mailboxes = new[] { Mailbox(1), Mailbox(2, limit: 3) with { SentToday = 3 } };

        var results = Run(sut, [Candidate(1, Nine, followUp: true, mailbox: MailboxId(2)), Candidate(2, Nine, followUp: true, mailbox: MailboxId(9))], mailboxes, Morning);

        Assert.Equal(DeferralReason.CapReached, results[0].Reason);
        Assert.Equal(MailboxId(2), results[0].Mailbox);
        Assert.Equal(DeferralReason.NoMailbox, results[1].Reason);
    }

    [Fact]
    public void Distribute_DisconnectedMailbox_IsSkippedAndAloneReportsUnavailable()
    {
        var sut = Distributor();
        var down = Mailbox(1) with { Status = AccountStatus.Disconnected };

        Assert.Equal(MailboxId(2), Run(sut, [Candidate(1, Nine)], [down, Mailbox(2)], Morning)[0].Mailbox);
        Assert.Equal(DeferralReason.MailboxUnavailable, Run(sut, [Candidate(1, Nine)], [down], Morning)[0].Reason);
    }

    [Fact]
    public void Distribute_ZeroDailyLimit_ThrowsNamingTheMailbox()
    {
        var ex = Assert.Throws<ArgumentException>(() => Run(Distributor(), [Candidate(1, Nine)], [Mailbox(1, limit: 0)], Morning));

        Assert.Contains(MailboxId(1).ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distribute_DuplicateMailbox_Throws()
    {
        Assert.Throws<ArgumentException>(() => Run(Distributor(), [Candidate(1, Nine)], [Mailbox(1), Mailbox(1)], Morning));
    }

    [Fact]
    public void Distribute_ResultsTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => Distributor().Distribute([Candidate(1, Nine)], [Mailbox(1)], Span<DistributionDecision>.Empty, Morning));
    }

    [Fact]
    public void Distribute_CampaignEndsMidWindow_AssignsOnlyBeforeTheEnd()
    {
        var schedule = Schedule(days: SendingDays.All);
        schedule.EndAt = Utc(2026, 3, 10, 9, 4);
        var context = Context(Sequence(Email(0)), schedule);
        var sut = Distributor();

        var results = Run(sut, Enumerable.Range(0, 3).Select(i => Candidate(i, Nine, context: context)).ToArray(), [Mailbox(1)], Morning);

        Assert.Single(results, r => r.IsAssigned);
        Assert.All(results.Where(r => !r.IsAssigned), r => Assert.Equal(DeferralReason.WindowClosed, r.Reason));
        Assert.All(results.Where(r => !r.IsAssigned), r => Assert.Null(r.RetryAt));
    }
}
