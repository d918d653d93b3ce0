using AutoMeet.Campaigns;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A campaign's automatic retirement of losing A/B variants, as a request sets it (omitted fields keep their value).</summary>
/// <param name="AutoRetireLosingVariants">Whether losing variants are retired automatically once a winner is declared.</param>
/// <param name="Measure">The measure the winner is declared on: <c>replyRate</c>, <c>positiveReplyRate</c> or <c>clickRate</c>.</param>
internal sealed record VariantRetirementRequest(bool? AutoRetireLosingVariants, VariantMeasure? Measure)
{
    /// <summary>Applies the request to a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    public void ApplyTo(Campaign campaign)
    {
        campaign.AutoRetireLosingVariants = AutoRetireLosingVariants ?? campaign.AutoRetireLosingVariants;
        campaign.VariantRetirementMeasure = Measure ?? campaign.VariantRetirementMeasure;
    }

    /// <summary>Checks the measure is defined.</summary>
    /// <param name="errors">Where problems are added, by field.</param>
    /// <param name="field">The request field holding this object.</param>
    public void Validate(Dictionary<string, string[]> errors, string field)
    {
        if (Measure is { } measure && !Enum.IsDefined(measure))
        {
            errors[$"{field}.measure"] = ["Use replyRate, positiveReplyRate or clickRate."];
        }
    }
}
