using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using CsCheck;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.Distribution.DistributionFixtures;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed class OutreachDistributorPropertyTests
{
    private static readonly SequencePlanner Planner = new();
    private static readonly string?[] Zones = [null, "Asia/Kolkata", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"];
    private static readonly string[] Domains = ["a.example", "b.example", "c.example", "gmail.com", "d.example", "e.example"];
    private static readonly Instant Origin = Instant.FromUtc(2026, 3, 1, 0, 0);

    private static readonly Gen<MailboxCase> Mailboxes =
        from limit in Gen.Int[1, 60]
        from warmupDays in Gen.Int[-1, 20]
        from sent in Gen.Int[0, 70]
        from newSent in Gen.Int[0, 30]
        from recent in Gen.Int[0, 200]
        from bounces in Gen.Int[0, 20]
        from opened in Gen.Int[-1, 48]
        from status in Gen.Int[0, 9]
        select new MailboxCase(limit, warmupDays, sent, newSent, recent, bounces, opened, status == 0 ? AccountStatus.Paused : AccountStatus.Connected);

    private static readonly Gen<CandidateCase> Candidates =
        from zone in Gen.Int[0, Zones.Length - 1]
        from enrolledBack in Gen.Int[0, 3 * 24 * 60]
        from followUp in Gen.Bool
        from delayHours in Gen.Int[0, 30]
        from domain in Gen.Int[0, Domains.Length - 1]
        from sticky in Gen.Int[-3, 5]
        select new CandidateCase(zone, enrolledBack, followUp, delayHours, domain, sticky);

    private static readonly Gen<Case> Cases =
        from nowMinutes in Gen.Int[0, 60 * 24 * 60]
        from days in Gen.Int[1, 127]
        from startHour in Gen.Int[0, 20]
        from length in Gen.Int[1, 12]
        from mailboxes in Mailboxes.Array[0, 5]
        from candidates in Candidates.Array[0, 150]
        from newCap in Gen.Int[1, 20]
        from domainCap in Gen.Int[1, 6]
        from gapMinutes in Gen.Int[0, 15]
        from jitter in Gen.Int[0, 50]
        from domainGap in Gen.Int[0, 5]
        select new Case(
            Origin + Duration.FromMinutes(nowMinutes), (SendingDays)days, startHour, Math.Min(startHour + length, 23), mailboxes, candidates,
            newCap, domainCap, gapMinutes, jitter / 100.0, domainGap);

    [Fact]
    public void Distribute_RandomDays_EveryRuleHolds()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<DeferralReason, int>();
        Cases.Sample(c => Check(c, seen), iter: 400);

        // The generator reaches every rule, so the properties are not vacuous.
        Assert.All(
            [DeferralReason.None, DeferralReason.CapReached, DeferralReason.WarmupCap, DeferralReason.NewProspectCapReached, DeferralReason.DomainThrottled,
             DeferralReason.BreakerOpen, DeferralReason.WindowClosed, DeferralReason.NotDueToday],
            r => Assert.True(seen.GetValueOrDefault(r) > 0, $"no {r} in 400 samples"));
    }

    [Fact]
    public void Distribute_RandomDays_IsDeterministic()
    {
        Cases.Sample(c =>
        {
            var (candidates, mailboxes, context) = Build(c);
            var first = Run(Distributor(c.Configure), candidates, mailboxes, c.Now, out var summaryOne);
            var second = Run(Distributor(c.Configure), candidates, mailboxes, c.Now, out var summaryTwo);
            Assert.Equal(first, second);
            Assert.Equal(summaryOne.Mailboxes, summaryTwo.Mailboxes);
            _ = context;
        }, iter: 150);
    }

    private static void Check(Case c, System.Collections.Concurrent.ConcurrentDictionary<DeferralReason, int> seen)
    {
        var (candidates, mailboxes, context) = Build(c);
        var options = new DistributionOptions();
        c.Configure(options);
        var results = Run(Distributor(c.Configure), candidates, mailboxes, c.Now, out var summary);
        var dayStart = c.Now.InUtc().Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var dayEnd = dayStart + Duration.FromDays(1);
        var assigned = results.Select((r, i) => (r, i)).Where(x => x.r.IsAssigned).ToList();

        for (var m = 0; m < mailboxes.Length; m++)
        {
            var state = mailboxes[m];
            var mine = assigned.Where(x => x.r.Mailbox == state.Id).ToList();
            var cap = ExpectedCap(state, dayStart);
            Assert.True(mine.Count == 0 || state.SentToday + mine.Count <= cap, $"mailbox {m}: {state.SentToday} + {mine.Count} > cap {cap}");
            var newOnes = mine.Count(x => !candidates[x.i].IsFollowUp);
            Assert.True(newOnes == 0 || state.NewProspectsToday + newOnes <= c.NewCap, $"mailbox {m}: new {state.NewProspectsToday} + {newOnes} > {c.NewCap}");

            // A mailbox whose breaker is open (or trips now) or that is paused sends nothing.
            var open = state.Status != AccountStatus.Connected
                || state.BreakerOpenedAt is { } at && c.Now < at + Duration.FromHours(24)
                || state.RecentSent >= options.BreakerMinSample && state.RecentBounces >= 0.05 * state.RecentSent;
            Assert.True(!open || mine.Count == 0, $"mailbox {m} is open/paused but got {mine.Count}");

            // Spacing, including the mailbox's earlier sends.
            var times = mine.Select(x => x.r.SendAt!.Value).Concat(state.Scheduled.ToArray()).Order().ToList();
            for (var k = 1; k < times.Count; k++)
            {
                Assert.True(times[k] - times[k - 1] >= Duration.FromMinutes(c.GapMinutes), $"mailbox {m}: {times[k - 1]} then {times[k]}");
            }

            foreach (var group in mine.Where(x => candidates[x.i].RecipientDomain != "gmail.com").GroupBy(x => candidates[x.i].RecipientDomain))
            {
                Assert.True(group.Count() <= c.DomainCap, $"mailbox {m}: {group.Count()} sends to {group.Key}");
            }
        }

        foreach (var (r, i) in assigned)
        {
            var candidate = candidates[i];
            var at = r.SendAt!.Value;
            Assert.True(at >= candidate.EarliestAt && at >= c.Now && at < dayEnd, $"{at} outside [{candidate.EarliestAt}, {dayEnd})");
            var zone = candidate.TimeZoneId is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb[candidate.TimeZoneId];
            var local = at.InZone(zone);
            Assert.Equal(candidate.EarliestAt.InZone(zone).Date, local.Date);
            var closes = (local.Date + new LocalTime(c.EndHour, 0)).InZoneLeniently(zone).ToInstant();
            Assert.True(at < closes, $"{local} is after the window closes at {closes}");
            if (candidate.RequiredMailbox is { } required)
            {
                Assert.Equal(required, r.Mailbox);
            }
        }

        // Follow-ups are never starved by new prospects: a follow-up held back by a cap had no mailbox that took a new prospect.
        var tookNew = assigned.Where(x => !candidates[x.i].IsFollowUp).Select(x => x.r.Mailbox!.Value).ToHashSet();
        for (var i = 0; i < results.Length; i++)
        {
            if (candidates[i].IsFollowUp && results[i].Reason is DeferralReason.CapReached or DeferralReason.WarmupCap)
            {
                var usable = candidates[i].RequiredMailbox is { } sticky ? [sticky] : mailboxes.Select(s => s.Id).ToArray();
                Assert.DoesNotContain(usable, tookNew.Contains);
            }
        }

        Assert.Equal(assigned.Count, summary.Assigned);
        foreach (var r in results)
        {
            seen.AddOrUpdate(r.Reason, 1, (_, n) => n + 1);
        }
    }

    private static int ExpectedCap(MailboxState state, Instant dayStart)
    {
        var cap = Math.Min(state.DailySendLimit, 500);
        if (state.WarmupStartedAt is { } started)
        {
            var day = Math.Max(0, Period.Between(started.InUtc().Date, dayStart.InUtc().Date, PeriodUnits.Days).Days);
            if (day < DistributionOptions.DefaultWarmupSchedule.Count)
            {
                cap = Math.Min(cap, DistributionOptions.DefaultWarmupSchedule[day]);
            }
        }

        return cap;
    }

    private static (OutreachCandidate[] Candidates, MailboxState[] Mailboxes, PlanningContext Context) Build(Case c)
    {
        var schedule = new CampaignSchedule { Days = c.Days, WindowStart = new LocalTime(c.StartHour, 0), WindowEnd = new LocalTime(c.EndHour, 0) };
        var context = Context(Sequence(Email(0), Email(1, 0, DelayUnit.Hours)), schedule);
        var mailboxes = c.Mailboxes.Select((m, i) => new MailboxState(
            MailboxId(i + 1),
            m.Status,
            m.Limit,
            m.WarmupDays < 0 ? null : c.Now - Duration.FromDays(m.WarmupDays),
            m.Sent,
            Math.Min(m.NewSent, m.Sent),
            c.Now - Duration.FromMinutes(30 + i),
            m.Sent > 0 ? new[] { c.Now + Duration.FromHours(i + 1) } : default,
            m.Recent,
            Math.Min(m.Bounces, m.Recent),
            0,
            m.OpenedHoursAgo < 0 ? null : c.Now - Duration.FromHours(m.OpenedHoursAgo))).ToArray();
        var candidates = new List<OutreachCandidate>();
        for (var i = 0; i < c.Candidates.Length; i++)
        {
            var cc = c.Candidates[i];
            var enrolled = c.Now - Duration.FromMinutes(cc.EnrolledBack);
            var enrollment = cc.FollowUp
                ? new PlannerEnrollment(1, EnrollmentStatus.Active, enrolled, enrolled, TimeZoneId: Zones[cc.Zone])
                : new PlannerEnrollment(0, EnrollmentStatus.Active, enrolled, TimeZoneId: Zones[cc.Zone]);
            var plan = Planner.Explain(context, enrollment, c.Now).Decision;
            if (plan.Outcome != PlanOutcome.Send)
            {
                continue;
            }

            Id<MailboxAccount>? sticky = cc.FollowUp && cc.Sticky > 0 ? MailboxId(cc.Sticky) : null;
            candidates.Add(new OutreachCandidate(
                EnrollmentId(i), new Id<Prospect>(EnrollmentId(i).Value), plan.StepPosition, cc.FollowUp, plan.EarliestAt!.Value, context,
                Domains[cc.Domain], Zones[cc.Zone], null, sticky));
        }

        return ([.. candidates], mailboxes, context);
    }

    internal sealed record MailboxCase(int Limit, int WarmupDays, int Sent, int NewSent, int Recent, int Bounces, int OpenedHoursAgo, AccountStatus Status);

    internal sealed record CandidateCase(int Zone, int EnrolledBack, bool FollowUp, int DelayHours, int Domain, int Sticky);

    internal sealed record Case(
        Instant Now, SendingDays Days, int StartHour, int EndHour, MailboxCase[] Mailboxes, CandidateCase[] Candidates,
        int NewCap, int DomainCap, int GapMinutes, double Jitter, int DomainGapMinutes)
    {
        public void Configure(DistributionOptions o)
        {
            o.MaxNewProspectsPerMailboxPerDay = NewCap;
            o.MaxPerDomainPerMailboxPerDay = DomainCap;
            o.MinGap = TimeSpan.FromMinutes(GapMinutes);
            o.JitterFraction = Jitter;
            o.DomainMinGap = TimeSpan.FromMinutes(DomainGapMinutes);
        }
    }
}
