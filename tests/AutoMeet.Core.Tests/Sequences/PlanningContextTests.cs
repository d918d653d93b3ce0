using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences;

public sealed class PlanningContextTests
{
    [Fact]
    public void Create_NegativeDelay_ThrowsNamingTheStep()
    {
        var ex = Assert.Throws<SequenceValidationException>(() => Context(Sequence(Email(0), Email(1, -2))));

        Assert.Contains("Step 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoEmailStep_Throws()
    {
        var ex = Assert.Throws<SequenceValidationException>(() => Context(Sequence(Step(0, SequenceStepKind.Wait, 1, DelayUnit.Hours))));

        Assert.Contains("no e-mail step", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SendingDays.None, 9, 17, "no sending day")]
    [InlineData(SendingDays.Weekdays, 17, 9, "never opens")]
    [InlineData(SendingDays.Weekdays, 9, 9, "never opens")]
    public void Create_WindowThatNeverOpens_Throws(SendingDays days, int start, int end, string expected)
    {
        var ex = Assert.Throws<SequenceValidationException>(() => Context(Sequence(Email(0)), Schedule(days: days, startHour: start, endHour: end)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownScheduleZone_ThrowsNamingIt()
    {
        var ex = Assert.Throws<SequenceValidationException>(() => Context(Sequence(Email(0)), Schedule("Mars/Olympus")));

        Assert.Contains("'Mars/Olympus'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PositionsWithAGap_Throws()
    {
        Assert.Throws<SequenceValidationException>(() => Context(Sequence(Email(0), Email(2))));
    }
}
