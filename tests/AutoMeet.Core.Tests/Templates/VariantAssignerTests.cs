using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Templates;

namespace AutoMeet.Core.Tests.Templates;

public sealed class VariantAssignerTests
{
    private static readonly Id<Campaign> CampaignId = new(Guid.Parse("0192d4e0-0000-7000-8000-000000000001"));

    [Fact]
    public void Assign_SameCampaignAndProspect_IsStableAndKnown()
    {
        var prospect = new Id<Prospect>(Guid.Parse("0192d4e0-0000-7000-8000-0000000000aa"));

        var first = VariantAssigner.Assign(CampaignId, prospect, 3);

        Assert.Equal(first, VariantAssigner.Assign(CampaignId, prospect, 3));
        Assert.InRange(first, 0, 2);
        Assert.Equal(0, VariantAssigner.Assign(CampaignId, prospect, 1));
    }

    [Fact]
    public void Assign_ManyProspects_SplitsRoughlyEvenly()
    {
        var counts = new int[2];
        for (var i = 0; i < 10_000; i++)
        {
            counts[VariantAssigner.Assign(CampaignId, Id<Prospect>.New(), 2)]++;
        }

        Assert.InRange(counts[0], 4_700, 5_300);
    }

    [Fact]
    public void Assign_NoVariant_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VariantAssigner.Assign(CampaignId, Id<Prospect>.New(), 0));
    }
}
