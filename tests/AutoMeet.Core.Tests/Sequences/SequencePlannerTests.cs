using AutoMeet.Sequences;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed partial class SequencePlannerTests
{
    private static readonly SequencePlanner Planner = new();

    // 2026-03-06 is a Friday.
    private static readonly Instant FridayTen = Utc(2026, 3, 6, 10);

    private static PlannedStep PlanOne(PlanningContext context, PlannerEnrollment enrollment, Instant now)
    {
        var results = new PlannedStep[1];
        Planner.Plan(context, [enrollment], results, now);
        return results[0];
    }

    [Fact]
    public void Plan_FirstStepWithoutDelayInsideWindow_SendsNow()
    {
        var context = Context(Sequence(Email(0)));

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen), FridayTen);

        Assert.Equal(new PlannedStep(PlanOutcome.Send, 0, FridayTen, StopReason.None), step);
        Assert.True(step.IsDue(FridayTen));
    }

    [Fact]
    public void Plan_TwoBusinessDaysFromFriday_SkipsTheWeekendToTuesday()
    {
        var context = Context(Sequence(Email(0), Email(1, 2)));

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, LastSentAt: FridayTen), FridayTen);

        Assert.Equal(PlanOutcome.Send, step.Outcome);
        Assert.Equal(1, step.StepPosition);
        Assert.Equal(Utc(2026, 3, 10, 10), step.EarliestAt);
    }

    [Fact]
    public void Plan_BusinessDaysOverAHolidayOfTheProspectsCountry_SkipsTheHoliday()
    {
        var holidays = new Dictionary<string, IReadOnlySet<LocalDate>> { ["DE"] = new HashSet<LocalDate> { new(2026, 3, 9) } };
        var context = Context(Sequence(Email(0), Email(1, 2)), holidays: holidays);
        var german = new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen, CountryCode: "de");
        var french = german with { CountryCode = "FR" };

        Assert.Equal(Utc(2026, 3, 11, 10), PlanOne(context, german, FridayTen).EarliestAt);
        Assert.Equal(Utc(2026, 3, 10, 10), PlanOne(context, french, FridayTen).EarliestAt);
    }

    [Fact]
    public void Plan_HolidayOnTheDueDate_MovesTheSendToTheNextSendingDay()
    {
        var holidays = new Dictionary<string, IReadOnlySet<LocalDate>> { ["DE"] = new HashSet<LocalDate> { new(2026, 3, 6) } };
        var context = Context(Sequence(Email(0)), holidays: holidays);

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen, CountryCode: "DE"), FridayTen);

        Assert.Equal(Utc(2026, 3, 9, 9), step.EarliestAt);
    }

    [Fact]
    public void Plan_HoursDelay_CountsElapsedHoursThenFitsTheWindow()
    {
        var context = Context(Sequence(Email(0), Email(1, 6, DelayUnit.Hours)));

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen), FridayTen);

        Assert.Equal(Utc(2026, 3, 6, 16), step.EarliestAt);
        var late = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen + Duration.FromHours(2)), FridayTen);
        Assert.Equal(Utc(2026, 3, 9, 9), late.EarliestAt);
    }

    [Fact]
    public void Plan_KolkataProspectAfterItsWindowClosed_SendsMondayAtNineLocal()
    {
        var context = Context(Sequence(Email(0)));
        var now = Utc(2026, 3, 6, 12); // 17:30 in Kolkata (+05:30): the window has closed.

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Asia/Kolkata"), now);

        Assert.Equal(Utc(2026, 3, 9, 3, 30), step.EarliestAt); // Monday 09:00 +05:30
    }

    [Fact]
    public void Plan_UnknownProspectZone_FallsBackToTheScheduleZone()
    {
        var context = Context(Sequence(Email(0)), Schedule("Asia/Kolkata"));
        var now = Utc(2026, 3, 6, 12);

        var step = PlanOne(context, new PlannerEnrollment(0, EnrollmentStatus.Active, now, TimeZoneId: "Mars/Olympus"), now);

        Assert.Equal(Utc(2026, 3, 9, 3, 30), step.EarliestAt);
    }

    [Fact]
    public void Plan_WaitStep_AddsItsDelayBeforeTheNextEmail()
    {
        var context = Context(Sequence(Email(0), Step(1, SequenceStepKind.Wait, 24, DelayUnit.Hours), Email(2, 2, DelayUnit.Hours)));
        var sent = Utc(2026, 3, 9, 10);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, sent, sent), sent);

        Assert.Equal(new PlannedStep(PlanOutcome.Send, 2, Utc(2026, 3, 10, 12), StopReason.None), step);
    }

    [Fact]
    public void Plan_PositionPastTheLastStep_IsCompleted()
    {
        var context = Context(Sequence(Email(0)));

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen), FridayTen);

        Assert.Equal(new PlannedStep(PlanOutcome.Completed, 1, null, StopReason.None), step);
    }

    [Theory]
    [InlineData(EnrollmentStatus.Paused, PlanOutcome.Paused)]
    [InlineData(EnrollmentStatus.Completed, PlanOutcome.Completed)]
    [InlineData(EnrollmentStatus.Stopped, PlanOutcome.Stopped)]
    public void Plan_InactiveStatus_PlansNothing(EnrollmentStatus status, PlanOutcome expected)
    {
        var context = Context(Sequence(Email(0)));

        var step = PlanOne(context, new PlannerEnrollment(0, status, FridayTen, StopReason: StopReason.Manual), FridayTen);

        Assert.Equal(expected, step.Outcome);
        Assert.Null(step.EarliestAt);
    }

    [Fact]
    public void Plan_SnoozedUntilWednesday_PlansTheNextEmailAtTheSnoozeEnd()
    {
        var context = Context(Sequence(Email(0), Email(1, 1)));
        var until = Utc(2026, 3, 11, 14);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Snoozed, FridayTen, FridayTen, until), FridayTen);

        Assert.Equal(new PlannedStep(PlanOutcome.Snoozed, 1, until, StopReason.None), step);
    }

    [Fact]
    public void Plan_SnoozeEndingBeforeTheDelay_PlansOnTheDelay()
    {
        var context = Context(Sequence(Email(0), Email(1, 2)));

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Snoozed, FridayTen, FridayTen, Utc(2026, 3, 7, 0)), FridayTen);

        Assert.Equal(new PlannedStep(PlanOutcome.Send, 1, Utc(2026, 3, 10, 10), StopReason.None), step);
    }

    [Theory]
    [InlineData(EngagementFlags.Replied, false, false, StopReason.Replied)]
    [InlineData(EngagementFlags.Bounced | EngagementFlags.Opened, false, false, StopReason.Bounced)]
    [InlineData(EngagementFlags.Unsubscribed, false, false, StopReason.Unsubscribed)]
    [InlineData(EngagementFlags.MeetingBooked, false, false, StopReason.MeetingBooked)]
    [InlineData(EngagementFlags.CompanyReplied, true, false, StopReason.CompanyReplied)]
    [InlineData(EngagementFlags.CompanyReplied, false, false, StopReason.None)]
    [InlineData(EngagementFlags.Clicked, false, true, StopReason.Clicked)]
    [InlineData(EngagementFlags.Clicked, false, false, StopReason.None)]
    [InlineData(EngagementFlags.Opened, true, true, StopReason.None)]
    public void Plan_Engagement_StopsOnlyOnTheConfiguredConditions(EngagementFlags flags, bool stopOnCompanyReply, bool stopOnClick, StopReason expected)
    {
        var sequence = Sequence(Email(0), Email(1, 1));
        sequence.StopOnCompanyReply = stopOnCompanyReply;
        sequence.StopOnClick = stopOnClick;
        var context = Context(sequence);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen, Engagement: flags), FridayTen);

        Assert.Equal(expected == StopReason.None ? PlanOutcome.Send : PlanOutcome.Stopped, step.Outcome);
        Assert.Equal(expected, step.StopReason);
    }

    [Fact]
    public void Plan_ConditionBeforeItsDelay_WaitsUntilTheEvaluationInstant()
    {
        var context = ConditionContext(EngagementCondition.Opened);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen, Engagement: EngagementFlags.Opened), FridayTen);

        Assert.Equal(new PlannedStep(PlanOutcome.WaitingOnCondition, 1, Utc(2026, 3, 10, 10), StopReason.None), step);
    }

    [Theory]
    [InlineData(EngagementCondition.Opened, EngagementFlags.Opened, true)]
    [InlineData(EngagementCondition.Opened, EngagementFlags.None, false)]
    [InlineData(EngagementCondition.NotOpened, EngagementFlags.None, true)]
    [InlineData(EngagementCondition.NotOpened, EngagementFlags.Opened, false)]
    [InlineData(EngagementCondition.Clicked, EngagementFlags.Clicked, true)]
    [InlineData(EngagementCondition.NotClicked, EngagementFlags.Clicked, false)]
    [InlineData(EngagementCondition.NotReplied, EngagementFlags.None, true)]
    public void Plan_ConditionAfterItsDelay_ContinuesOnlyWhenItHolds(EngagementCondition condition, EngagementFlags flags, bool holds)
    {
        var context = ConditionContext(condition);
        var now = Utc(2026, 3, 10, 11);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen, Engagement: flags), now);

        Assert.Equal(
            holds ? new PlannedStep(PlanOutcome.Send, 2, now, StopReason.None) : new PlannedStep(PlanOutcome.ConditionNotMet, 1, null, StopReason.None),
            step);
    }

    [Fact]
    public void Plan_SendFallingAfterTheCampaignEnd_ReportsCampaignEnded()
    {
        var schedule = Schedule();
        schedule.EndAt = Utc(2026, 3, 9, 0);
        var context = Context(Sequence(Email(0), Email(1, 2)), schedule);

        var step = PlanOne(context, new PlannerEnrollment(1, EnrollmentStatus.Active, FridayTen, FridayTen), FridayTen);

        Assert.Equal(PlanOutcome.CampaignEnded, step.Outcome);
    }

    [Fact]
    public void Plan_ResultsShorterThanInput_Throws()
    {
        var context = Context(Sequence(Email(0)));
        var input = new PlannerEnrollment[2];

        Assert.Throws<ArgumentException>(() => Planner.Plan(context, input, new PlannedStep[1], FridayTen));
    }

    [Fact]
    public void Plan_ManyEnrollmentsInMixedZones_MatchesOneByOnePlanning()
    {
        var context = Context(Sequence(Email(0), Email(1, 3)));
        string?[] zones = ["Asia/Kolkata", "Europe/Berlin", null, "America/New_York", "Asia/Kolkata"];
        var input = new PlannerEnrollment[50];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = new PlannerEnrollment(i % 2, EnrollmentStatus.Active, FridayTen, i % 2 == 1 ? FridayTen : null, TimeZoneId: zones[i % zones.Length]);
        }

        var results = new PlannedStep[input.Length];
        Planner.Plan(context, input, results, FridayTen);

        for (var i = 0; i < input.Length; i++)
        {
            Assert.Equal(PlanOne(context, input[i], FridayTen), results[i]);
        }
    }

    private static PlanningContext ConditionContext(EngagementCondition condition) =>
        Context(Sequence(Email(0), Step(1, SequenceStepKind.Condition, 2, DelayUnit.BusinessDays, condition), Email(2)));
}
