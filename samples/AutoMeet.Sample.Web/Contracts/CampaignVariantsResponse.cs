using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Variants;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A campaign's A/B variants: which exist, which are still assigned, which were retired, and whether losers are retired automatically.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="AutoRetireLosingVariants">Whether losing variants are retired automatically.</param>
/// <param name="Measure">The measure a winner is declared on.</param>
/// <param name="Declared">The variants a campaign branching on <c>campaign.variant</c> has.</param>
/// <param name="Active">The variants new enrollments and next steps get.</param>
/// <param name="Retired">The retired variants.</param>
/// <param name="Version">The campaign's version.</param>
internal sealed record CampaignVariantsResponse(
    Guid CampaignId, bool AutoRetireLosingVariants, VariantMeasure Measure, IReadOnlyList<string> Declared, IReadOnlyList<string> Active, IReadOnlyList<string> Retired, long Version)
{
    /// <summary>Maps a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The response.</returns>
    public static CampaignVariantsResponse From(Campaign campaign) => new(
        campaign.Id.Value, campaign.AutoRetireLosingVariants, campaign.VariantRetirementMeasure, CampaignVariants.Names,
        CampaignVariants.Active(campaign), [.. campaign.RetiredVariants], campaign.Version);
}
