using AutoMeet.Campaigns.Variants;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The result of evaluating a campaign's variants for retirement now.</summary>
/// <param name="Applied">Whether this evaluation retired variants.</param>
/// <param name="Retire">The variants it retired.</param>
/// <param name="Winner">The declared winner, if any.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Variants">The campaign's variants after the evaluation.</param>
internal sealed record VariantEvaluationResponse(bool Applied, IReadOnlyList<string> Retire, string? Winner, string Reason, CampaignVariantsResponse Variants)
{
    /// <summary>Maps an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="variants">The campaign's variants after it.</param>
    /// <returns>The response.</returns>
    public static VariantEvaluationResponse From(VariantRetirementOutcome outcome, CampaignVariantsResponse variants) =>
        new(outcome.Applied, outcome.Applied ? outcome.Decision.Retire : [], outcome.Decision.Winner, outcome.Decision.Reason, variants);
}
