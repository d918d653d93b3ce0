using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.Distribution.DistributionFixtures;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed class OutreachExplainerTests
{
    private static readonly SequencePlanner Planner = new();
    private static readonly PlanningContext Kolkata = Context(Sequence(Email(0), Email(1, 2)), Schedule("Asia/Kolkata"));

    [Fact]
    public void Combine_WindowClosedThenCapReached_GivesBothReasonsAndTheRetry()
    {
        var now = Utc(2026, 3, 10, 0); // Tuesday 05:30 IST: the window opens at 09:00 IST (03:30Z).
        var enrollment = new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Asia/Kolkata");
        var plan = Planner.Explain(Kolkata, enrollment, now);
        var candidate = Candidate(1, plan.Decision.EarliestAt!.Value, context: Kolkata, zone: "Asia/Kolkata");
        var distribution = Distributor().Explain(candidate, [Mailbox(1, 5) with { SentToday = 5 }], now);

        var explanation = OutreachExplainer.Combine(plan, distribution, now);

        Assert.Equal(OutreachState.Deferred, explanation.State);
        Assert.StartsWith("window closed until Tue 2026-03-10 09:00 Asia/Kolkata, then daily cap reached", explanation.Reason, StringComparison.Ordinal);
        Assert.Equal(Utc(2026, 3, 11, 3, 30), explanation.NextAt);
    }

    [Fact]
    public void Combine_DueNowAndAssigned_IsScheduled()
    {
        var now = Utc(2026, 3, 10, 4);
        var plan = Planner.Explain(Kolkata, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Asia/Kolkata"), now);
        var distribution = Distributor().Explain(Candidate(1, plan.Decision.EarliestAt!.Value, context: Kolkata, zone: "Asia/Kolkata"), [Mailbox(1)], now);

        var explanation = OutreachExplainer.Combine(plan, distribution, now);

        Assert.Equal(OutreachState.Scheduled, explanation.State);
        Assert.StartsWith("scheduled from mailbox", explanation.Reason, StringComparison.Ordinal);
        Assert.Equal(distribution.Decision.SendAt, explanation.NextAt);
    }

    [Fact]
    public void Combine_WaitingOnDelayNotDistributed_UsesThePlannersReason()
    {
        var now = Utc(2026, 3, 10, 4);
        var plan = Planner.Explain(Kolkata, new PlannerEnrollment(1, EnrollmentStatus.Active, now, now, TimeZoneId: "Asia/Kolkata"), now);

        var explanation = OutreachExplainer.Combine(plan, null, now);

        Assert.Equal(OutreachState.Waiting, explanation.State);
        Assert.StartsWith("waiting 2 business days after the last step", explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_PausedOrStopped_IgnoresTheDistributor()
    {
        var now = Utc(2026, 3, 10, 4);
        var paused = Planner.Explain(Kolkata, new PlannerEnrollment(0, EnrollmentStatus.Paused, now), now);
        var replied = Planner.Explain(Kolkata, new PlannerEnrollment(1, EnrollmentStatus.Active, now, now, Engagement: EngagementFlags.Replied), now);

        Assert.Equal(OutreachState.Paused, OutreachExplainer.Combine(paused, null, now).State);
        var stopped = OutreachExplainer.Combine(replied, null, now);
        Assert.Equal(OutreachState.Finished, stopped.State);
        Assert.Equal("stopped: replied", stopped.Reason);
    }

    [Fact]
    public void Combine_BreakerOpen_SaysSo()
    {
        var now = Utc(2026, 3, 10, 4);
        var plan = Planner.Explain(Kolkata, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Asia/Kolkata"), now);
        var mailbox = Mailbox(1) with { RecentSent = 50, RecentBounces = 10 };
        var distribution = Distributor().Explain(Candidate(1, plan.Decision.EarliestAt!.Value, context: Kolkata, zone: "Asia/Kolkata"), [mailbox], now);

        var explanation = OutreachExplainer.Combine(plan, distribution, now);

        Assert.Equal(OutreachState.Deferred, explanation.State);
        Assert.StartsWith("breaker open: mailbox", explanation.Reason, StringComparison.Ordinal);
    }
}
