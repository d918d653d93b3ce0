namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Gets or sets the thresholds of <see cref="ILinkedInProfileMatcher"/>. Bind it from the <c>AutoMeet:Enrichment:LinkedIn</c> configuration section.</summary>
public sealed class LinkedInMatchOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Enrichment:LinkedIn";

    /// <summary>Gets or sets the lowest combined score accepted as a match.</summary>
    /// <value>The default value is 0.85 (from 0.5 to 1).</value>
    public double MatchThreshold { get; set; } = 0.85;

    /// <summary>Gets or sets the lowest name similarity accepted, whatever the company says.</summary>
    /// <value>The default value is 0.85 (from 0.5 to 1).</value>
    public double MinNameSimilarity { get; set; } = 0.85;

    /// <summary>Gets or sets the weight of the company similarity in the score when both companies are known.</summary>
    /// <value>The default value is 0.3 (from 0 to 0.5).</value>
    public double CompanyWeight { get; set; } = 0.3;

    /// <summary>Gets or sets the factor applied to the name similarity when a company is missing on either side.</summary>
    /// <value>The default value is 0.9 (from 0.5 to 1).</value>
    public double NoCompanyFactor { get; set; } = 0.9;
}
