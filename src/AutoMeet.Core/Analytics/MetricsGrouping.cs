namespace AutoMeet.Analytics;

/// <summary>How <see cref="CampaignMetricsCalculator"/> groups events.</summary>
public enum MetricsGrouping
{
    /// <summary>One row per campaign.</summary>
    Campaign = 0,

    /// <summary>One row per campaign and sequence step position.</summary>
    Step = 1,

    /// <summary>One row per campaign, step position and A/B variant.</summary>
    Variant = 2,
}
