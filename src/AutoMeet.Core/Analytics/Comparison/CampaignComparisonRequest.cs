using AutoMeet.Campaigns;

namespace AutoMeet.Analytics.Comparison;

/// <summary>Asks <see cref="ICampaignAnalytics.CompareAsync"/> to compare campaigns, or the steps or variants of one campaign.</summary>
public sealed record CampaignComparisonRequest
{
    /// <summary>Gets the campaigns: two or more for <see cref="MetricsGrouping.Campaign"/>, exactly one for steps or variants.</summary>
    public IReadOnlyList<Id<Campaign>> CampaignIds { get; init; } = [];

    /// <summary>Gets what the arms are: campaigns, the campaign's steps, or its variants.</summary>
    /// <value>The default value is <see cref="MetricsGrouping.Campaign"/>.</value>
    public MetricsGrouping Dimension { get; init; } = MetricsGrouping.Campaign;

    /// <summary>Gets the step whose variants are compared (variant dimension); <see langword="null"/> pools each variant over all steps.</summary>
    public int? StepPosition { get; init; }

    /// <summary>Gets the measure.</summary>
    /// <value>The default value is <see cref="ComparisonMeasure.ReplyRate"/>.</value>
    public ComparisonMeasure Measure { get; init; } = ComparisonMeasure.ReplyRate;

    /// <summary>Gets the evidence required; <see cref="AbTestSettings.Default"/> when <see langword="null"/>.</summary>
    public AbTestSettings? Settings { get; init; }
}
