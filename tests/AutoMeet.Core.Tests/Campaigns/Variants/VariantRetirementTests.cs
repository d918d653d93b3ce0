using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Variants;

namespace AutoMeet.Core.Tests.Campaigns.Variants;

public sealed class VariantRetirementTests
{
    private static readonly AbTestSettings Evidence = new() { Alpha = 0.01, MinimumTrialsPerVariant = 200 };

    [Fact]
    public void Decide_ClearLoserWithMinimumSample_RetiresTheLoser()
    {
        var comparison = Compare(("A", 300, 60), ("B", 300, 5));

        var decision = VariantRetirement.Decide(OptedIn(), comparison);

        Assert.Equal(AbDecision.WinnerDeclared, comparison.Decision);
        Assert.Equal(["B"], decision.Retire);
        Assert.Equal("A", decision.Winner);
        Assert.True(decision.RetiresAny);
    }

    [Fact]
    public void Decide_BelowMinimumSample_RetiresNothingEvenWithAHugeGap()
    {
        var comparison = Compare(("A", 150, 75), ("B", 150, 0));

        var decision = VariantRetirement.Decide(OptedIn(), comparison);

        Assert.Equal(AbDecision.InsufficientSample, comparison.Decision);
        Assert.Empty(decision.Retire);
        Assert.Null(decision.Winner);
        Assert.Contains("150 trials", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DifferenceNotSignificant_RetiresNothing()
    {
        var comparison = Compare(("A", 300, 33), ("B", 300, 30));

        var decision = VariantRetirement.Decide(OptedIn(), comparison);

        Assert.Equal(AbDecision.NotSignificant, comparison.Decision);
        Assert.Empty(decision.Retire);
    }

    [Fact]
    public void Decide_CampaignNotOptedIn_RetiresNothing()
    {
        var comparison = Compare(("A", 300, 60), ("B", 300, 5));

        var decision = VariantRetirement.Decide(new Campaign(), comparison);

        Assert.Empty(decision.Retire);
        Assert.Contains("not opted in", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_LoserAlreadyRetired_RetiresNothingAgain()
    {
        var campaign = OptedIn();
        campaign.RetiredVariants = ["B"];

        var decision = VariantRetirement.Decide(campaign, Compare(("A", 300, 60), ("B", 300, 5)));

        Assert.Empty(decision.Retire);
        Assert.Equal("A", decision.Winner);
    }

    [Fact]
    public void Decide_WinnerIsTheOnlyActiveVariantLeft_NeverRetiresTheLastVariant()
    {
        // B was retired earlier; now the history says B wins. A is the last active variant and stays.
        var campaign = OptedIn();
        campaign.RetiredVariants = ["B"];

        var decision = VariantRetirement.Decide(campaign, Compare(("A", 300, 5), ("B", 300, 60)));

        Assert.Empty(decision.Retire);
        Assert.Equal(["A"], CampaignVariants.Active(campaign));
    }

    [Fact]
    public void Decide_ThreeVariantsWithClearWinner_RetiresEveryBeatenVariantButKeepsTheWinner()
    {
        var comparison = Compare(("A", 400, 100), ("B", 400, 10), ("C", 400, 12));

        var decision = VariantRetirement.Decide(OptedIn(), comparison, ["A", "B", "C"]);

        Assert.Equal(["B", "C"], decision.Retire.Order(StringComparer.Ordinal));
        Assert.Equal("A", decision.Winner);
    }

    [Fact]
    public void Decide_ThreeVariantsWithoutAClearWinner_RetiresNothing()
    {
        // A beats C clearly but not B: no winner is declared, so nothing is retired yet.
        var comparison = Compare(("A", 400, 100), ("B", 400, 95), ("C", 400, 10));

        var decision = VariantRetirement.Decide(OptedIn(), comparison, ["A", "B", "C"]);

        Assert.Equal(AbDecision.NotSignificant, comparison.Decision);
        Assert.Empty(decision.Retire);
    }

    [Fact]
    public void Decide_ComparisonOnAnotherMeasure_RetiresNothing()
    {
        var comparison = Compare(("A", 300, 60), ("B", 300, 5));
        var campaign = OptedIn();
        campaign.VariantRetirementMeasure = VariantMeasure.ClickRate;

        var decision = VariantRetirement.Decide(campaign, comparison);

        Assert.Empty(decision.Retire);
    }

    [Fact]
    public void Decide_PositiveReplyRateMeasure_JudgesOnPositiveReplies()
    {
        var arms = new[]
        {
            new ComparisonArm("A", new FunnelCounts { Delivered = 300, Replied = 30, PositiveReplies = 2 }),
            new ComparisonArm("B", new FunnelCounts { Delivered = 300, Replied = 30, PositiveReplies = 30 }),
        };
        var campaign = OptedIn();
        campaign.VariantRetirementMeasure = VariantMeasure.PositiveReplyRate;

        var decision = VariantRetirement.Decide(campaign, CampaignComparison.Compare(arms, ComparisonMeasure.PositiveReplyRate, Evidence));

        Assert.Equal(["A"], decision.Retire);
        Assert.Equal("B", decision.Winner);
    }

    [Theory]
    [InlineData(VariantMeasure.ReplyRate, ComparisonMeasure.ReplyRate)]
    [InlineData(VariantMeasure.PositiveReplyRate, ComparisonMeasure.PositiveReplyRate)]
    [InlineData(VariantMeasure.ClickRate, ComparisonMeasure.ClickRate)]
    public void MeasureOf_EveryCampaignMeasure_MapsToTheComparisonMeasure(VariantMeasure measure, ComparisonMeasure expected) =>
        Assert.Equal(expected, VariantRetirement.MeasureOf(measure));

    private static Campaign OptedIn() => new() { AutoRetireLosingVariants = true, VariantRetirementMeasure = VariantMeasure.ReplyRate };

    private static ComparisonResult Compare(params (string Name, long Delivered, long Replied)[] arms) =>
        CampaignComparison.Compare([.. arms.Select(a => new ComparisonArm(a.Name, new FunnelCounts { Sent = a.Delivered, Delivered = a.Delivered, Replied = a.Replied }))], ComparisonMeasure.ReplyRate, Evidence);
}
