using AutoMeet.Analytics;

namespace AutoMeet.Campaigns.Variants;

/// <summary>
/// Settings of automatic variant retirement (<see cref="VariantRetirementJob"/>): how often opted-in campaigns are
/// evaluated and the evidence a winner needs. Campaigns opt in one by one (<see cref="Campaign.AutoRetireLosingVariants"/>).
/// Bind from <c>AutoMeet:VariantRetirement</c>; validated when the host starts.
/// </summary>
/// <remarks>
/// Each evaluation is a look at a running test, and looking often inflates the chance of a false winner; the defaults
/// are therefore stricter than an analyst's one-off comparison (<see cref="AbTestSettings.Default"/>).
/// </remarks>
public sealed class VariantRetirementOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AutoMeet:VariantRetirement";

    /// <summary>Gets or sets a value indicating whether the evaluation runs at all.</summary>
    /// <value>The default value is <see langword="true"/> (campaigns still have to opt in).</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how often opted-in campaigns are evaluated: once per period, across all workers (5 minutes to 7 days).</summary>
    /// <value>The default value is 1 hour.</value>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the accepted rate of declaring a false winner, over all the comparison's tests (between 0 and 0.5, exclusive of 0).</summary>
    /// <value>The default value is 0.01.</value>
    public double Alpha { get; set; } = 0.01;

    /// <summary>Gets or sets the delivered messages each variant needs before a winner may be declared (at least 1).</summary>
    /// <value>The default value is 200.</value>
    public long MinimumTrialsPerVariant { get; set; } = 200;

    /// <summary>Gets the significance settings these options describe.</summary>
    /// <returns>The settings for <see cref="Analytics.Comparison.CampaignComparison"/>.</returns>
    public AbTestSettings ToAbTestSettings() => AbTestSettings.Default with { Alpha = Alpha, MinimumTrialsPerVariant = MinimumTrialsPerVariant };
}
