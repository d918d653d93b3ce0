using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;

namespace AutoMeet.Core.Tests.Analytics.Comparison;

public sealed class CampaignComparisonTests
{
    private static ComparisonArm Arm(string name, long replied, long delivered) =>
        new(name, new FunnelCounts { Sent = delivered, Delivered = delivered, Replied = replied, PositiveReplies = replied / 2, Opened = delivered / 2 });

    [Fact]
    public void Compare_LargeClearDifference_DeclaresLeaderWinner()
    {
        var result = CampaignComparison.Compare([Arm("A", 50, 200), Arm("B", 20, 200)], ComparisonMeasure.ReplyRate);

        Assert.Equal(AbDecision.WinnerDeclared, result.Decision);
        Assert.Equal("A", result.Winner);
        Assert.Equal(0.25, result.Arms[0].Rate);
        Assert.True(result.Arms[0].Lower < 0.25 && result.Arms[0].Upper > 0.25);
        Assert.True(Assert.Single(result.Tests).PValue < 0.05);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Compare_EqualRates_NoWinnerBecauseTopRatesTie()
    {
        var result = CampaignComparison.Compare([Arm("A", 20, 200), Arm("B", 20, 200)], ComparisonMeasure.ReplyRate);

        Assert.Equal(AbDecision.NotSignificant, result.Decision);
        Assert.Null(result.Leader);
        Assert.Null(result.Winner);
    }

    [Fact]
    public void Compare_BelowMinimumSample_InsufficientSampleEvenWithBigGap()
    {
        var result = CampaignComparison.Compare([Arm("A", 5, 10), Arm("B", 0, 10)], ComparisonMeasure.ReplyRate);

        Assert.Equal(AbDecision.InsufficientSample, result.Decision);
        Assert.Equal("A", result.Leader);
        Assert.Null(result.Winner);
    }

    [Fact]
    public void Compare_ThreeArmsLeaderNotClearOfRunnerUp_NotSignificantWithBonferroniAlpha()
    {
        var result = CampaignComparison.Compare([Arm("A", 60, 200), Arm("B", 20, 200), Arm("C", 55, 200)], ComparisonMeasure.ReplyRate);

        Assert.Equal(0.025, result.PerTestAlpha, 10);
        Assert.Equal(2, result.Tests.Count);
        Assert.Equal("A", result.Leader);
        Assert.Equal(AbDecision.NotSignificant, result.Decision);
        Assert.Contains("'C'", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferenceSignificantAtAlphaButNotAfterCorrection_NoWinner()
    {
        // 41/200 vs 25/200: Fisher two-sided p ≈ 0.043 — a winner at 0.05 with two arms, none with three arms (alpha 0.025 per test).
        var two = CampaignComparison.Compare([Arm("A", 41, 200), Arm("B", 25, 200)], ComparisonMeasure.ReplyRate);
        var three = CampaignComparison.Compare([Arm("A", 41, 200), Arm("B", 25, 200), Arm("C", 25, 200)], ComparisonMeasure.ReplyRate);

        Assert.Equal(AbDecision.WinnerDeclared, two.Decision);
        Assert.Equal(AbDecision.NotSignificant, three.Decision);
    }

    [Fact]
    public void Compare_OpenRate_WarnsUnreliable()
    {
        var result = CampaignComparison.Compare([Arm("A", 1, 200), Arm("B", 1, 200)], ComparisonMeasure.OpenRate);

        Assert.Contains(result.Warnings, w => w.Contains("unreliable", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_OneArm_ThrowsNamingArms()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignComparison.Compare([Arm("A", 1, 2)], ComparisonMeasure.ReplyRate));
        Assert.Equal("arms", error.Field);
    }

    [Fact]
    public void Compare_RepeatedNames_ThrowsNamingArms()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignComparison.Compare([Arm("A", 1, 2), Arm("A", 1, 2)], ComparisonMeasure.ReplyRate));
        Assert.Equal("arms", error.Field);
    }

    [Fact]
    public void Compare_UnknownMeasure_ThrowsNamingMeasure()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignComparison.Compare([Arm("A", 1, 2), Arm("B", 1, 2)], (ComparisonMeasure)99));
        Assert.Equal("measure", error.Field);
    }

    [Fact]
    public void Compare_NoDeliveries_InsufficientSampleWithoutLeader()
    {
        var result = CampaignComparison.Compare([Arm("A", 0, 0), Arm("B", 0, 0)], ComparisonMeasure.ReplyRate);

        Assert.Equal(AbDecision.InsufficientSample, result.Decision);
        Assert.Null(result.Leader);
        Assert.Null(result.Arms[0].Rate);
    }
}
