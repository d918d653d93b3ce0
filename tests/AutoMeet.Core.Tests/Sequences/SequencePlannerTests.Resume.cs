using AutoMeet.Sequences;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed partial class SequencePlannerTests
{
    [Fact]
    public void ShiftForResume_PendingStep_ShiftsByThePausedDuration()
    {
        var context = Context(Sequence(Email(0)));
        var enrollment = new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen);

        var due = Planner.ShiftForResume(context, enrollment, Utc(2026, 3, 10, 10), Utc(2026, 3, 9, 10), Utc(2026, 3, 12, 10));

        Assert.Equal(Utc(2026, 3, 13, 10), due);
    }

    [Fact]
    public void ShiftForResume_ShiftLandingOnTheWeekend_RefitsIntoTheNextWindow()
    {
        var context = Context(Sequence(Email(0)), Schedule("Asia/Kolkata"));
        var enrollment = new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen, TimeZoneId: "Asia/Kolkata");

        var due = Planner.ShiftForResume(context, enrollment, Utc(2026, 3, 10, 5), Utc(2026, 3, 9, 5), Utc(2026, 3, 13, 5));

        Assert.Equal(Utc(2026, 3, 16, 3, 30), due); // Saturday → Monday 09:00 IST
    }

    [Fact]
    public void ShiftForResume_StepAlreadyOverdueAtPause_GoesOutAtResumeNotBefore()
    {
        var context = Context(Sequence(Email(0)));
        var enrollment = new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen);

        var due = Planner.ShiftForResume(context, enrollment, Utc(2026, 3, 2, 10), Utc(2026, 3, 9, 10), Utc(2026, 3, 10, 11));

        Assert.Equal(Utc(2026, 3, 10, 11), due);
    }

    [Fact]
    public void ShiftForResume_ResumeBeforePause_Throws()
    {
        var context = Context(Sequence(Email(0)));

        Assert.Throws<ArgumentException>(() => Planner.ShiftForResume(
            context, new PlannerEnrollment(0, EnrollmentStatus.Active, FridayTen), FridayTen, FridayTen, FridayTen - Duration.FromHours(1)));
    }

    [Fact]
    public void ShiftForResume_Batch_MatchesSingleShiftsInEachProspectsZone()
    {
        var context = Context(Sequence(Email(0)));
        PlannerEnrollment[] enrollments =
        [
            new(0, EnrollmentStatus.Active, FridayTen, TimeZoneId: "Asia/Kolkata"),
            new(0, EnrollmentStatus.Active, FridayTen, TimeZoneId: "America/New_York"),
            new(0, EnrollmentStatus.Active, FridayTen),
        ];
        Instant[] due = [Utc(2026, 3, 10, 5), Utc(2026, 3, 10, 15), Utc(2026, 3, 10, 10)];
        var results = new Instant?[3];

        Planner.ShiftForResume(context, enrollments, due, results, Utc(2026, 3, 9, 10), Utc(2026, 3, 12, 10));

        for (var i = 0; i < enrollments.Length; i++)
        {
            Assert.Equal(Planner.ShiftForResume(context, enrollments[i], due[i], Utc(2026, 3, 9, 10), Utc(2026, 3, 12, 10)), results[i]);
        }

        Assert.Equal(Utc(2026, 3, 13, 5), results[0]); // Friday 10:30 IST
        Assert.Equal(Utc(2026, 3, 13, 15), results[1]); // Friday 11:00 EDT
    }
}
