using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Variants;
using AutoMeet.Prospects;
using AutoMeet.Templates;

namespace AutoMeet.Core.Tests.Campaigns.Variants;

public sealed class CampaignVariantsTests
{
    [Fact]
    public void Assign_NothingRetired_MatchesTheDeterministicTwoWaySplit()
    {
        var campaign = new Campaign();
        for (var i = 0; i < 50; i++)
        {
            var prospect = Id<Prospect>.New();

            Assert.Equal(CampaignVariants.Names[VariantAssigner.Assign(campaign.Id, prospect, 2)], CampaignVariants.Assign(campaign, prospect));
        }
    }

    [Fact]
    public void Assign_VariantRetired_NeverAssignsIt()
    {
        var campaign = new Campaign { RetiredVariants = ["B"] };

        var assigned = Enumerable.Range(0, 100).Select(_ => CampaignVariants.Assign(campaign, Id<Prospect>.New())).Distinct().ToList();

        Assert.Equal(["A"], assigned);
        Assert.True(CampaignVariants.IsRetired(campaign, "B"));
        Assert.False(CampaignVariants.IsRetired(campaign, "A"));
        Assert.False(CampaignVariants.IsRetired(campaign, null));
        Assert.False(CampaignVariants.IsRetired(campaign, "legacy"));
    }

    [Fact]
    public void Active_EveryVariantRetired_FallsBackToAllRatherThanNone()
    {
        var campaign = new Campaign { RetiredVariants = ["A", "B"] };

        Assert.Equal(CampaignVariants.Names, CampaignVariants.Active(campaign));
        Assert.False(CampaignVariants.IsRetired(campaign, "B"));
    }
}
