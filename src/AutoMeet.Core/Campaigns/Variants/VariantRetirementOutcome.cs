namespace AutoMeet.Campaigns.Variants;

/// <summary>The result of evaluating one campaign for variant retirement.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Decision">What the evaluation decided.</param>
/// <param name="Applied">Whether this evaluation stored a retirement (<see langword="false"/> when there was nothing to retire or another worker stored it first).</param>
/// <param name="RetiredVariants">The campaign's retired variants after the evaluation.</param>
public sealed record VariantRetirementOutcome(Id<Campaign> CampaignId, VariantRetirementDecision Decision, bool Applied, IReadOnlyList<string> RetiredVariants);
