using AutoMeet.Sequences;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed partial class SequencePlannerTests
{
    [Fact]
    public void Explain_KolkataAfterHours_SaysTheWindowIsClosedUntilMondayLocal()
    {
        var context = Context(Sequence(Email(0)));
        var now = Utc(2026, 3, 6, 12);

        var explanation = Planner.Explain(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Asia/Kolkata"), now);

        Assert.Equal("window closed until Mon 2026-03-09 09:00 Asia/Kolkata", explanation.Reason);
    }

    [Fact]
    public void Explain_WaitingOnBusinessDays_SaysHowLongAfterTheLastStep()
    {
        var context = Context(Sequence(Email(0), Email(1, 2)));

        var explanation = Planner.Explain(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen), FridayTen);

        Assert.Equal("waiting 2 business days after the last step (until Tue 2026-03-10 10:00 Etc/UTC)", explanation.Reason);
    }

    [Fact]
    public void Explain_DelayEndingAfterHours_SaysWaitingThenWindow()
    {
        var context = Context(Sequence(Email(0), Email(1, 1)));
        var sent = Utc(2026, 3, 6, 18);

        var explanation = Planner.Explain(context, new PlannerEnrollment(1, EnrollmentStatus.Active, sent, sent), sent);

        Assert.Equal(
            "waiting 1 business day after the last step (until Mon 2026-03-09 18:00 Etc/UTC), then window closed until Tue 2026-03-10 09:00 Etc/UTC",
            explanation.Reason);
    }

    [Fact]
    public void Explain_Snoozed_SaysUntilWhen()
    {
        var context = Context(Sequence(Email(0), Email(1, 1)));

        var explanation = Planner.Explain(
            context, new PlannerEnrollment(1, EnrollmentStatus.Snoozed, FridayTen, FridayTen, Utc(2026, 3, 11, 14)), FridayTen);

        Assert.Equal("snoozed until Wed 2026-03-11 14:00 Etc/UTC", explanation.Reason);
    }

    [Fact]
    public void Explain_Replied_SaysStoppedReplied()
    {
        var context = Context(Sequence(Email(0), Email(1, 1)));

        var explanation = Planner.Explain(
            context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen, Engagement: EngagementFlags.Replied), FridayTen);

        Assert.Equal("stopped: replied", explanation.Reason);
        Assert.Equal(StopReason.Replied, explanation.Decision.StopReason);
    }

    [Fact]
    public void Explain_DueNow_SaysTheStepCanBeSent()
    {
        var context = Context(Sequence(Email(0)));

        var explanation = Planner.Explain(context, new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen), FridayTen);

        Assert.Equal("due now: step 0 can be sent", explanation.Reason);
    }

    [Fact]
    public void Explain_ConditionNotYetEvaluated_SaysWhatItWaitsFor()
    {
        var context = ConditionContext(EngagementCondition.Opened);

        var explanation = Planner.Explain(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen), FridayTen);

        Assert.Equal("waiting 2 business days after the last step to evaluate condition 'opened' (at Tue 2026-03-10 10:00 Etc/UTC)", explanation.Reason);
    }
}
