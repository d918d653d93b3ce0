namespace AutoMeet.Enrichment.Duplicates;

/// <summary>Gets or sets the thresholds of <see cref="IDuplicateDetector"/>. Bind it from the <c>AutoMeet:Enrichment:Duplicates</c> configuration section.</summary>
public sealed class DuplicateDetectionOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:Enrichment:Duplicates";

    /// <summary>Gets or sets the lowest person-name similarity (Jaro-Winkler on folded first and last names, see <see cref="IDuplicateDetector"/>) for a name + company duplicate.</summary>
    /// <value>The default value is 0.92 (from 0.7 to 1).</value>
    public double NameSimilarityThreshold { get; set; } = 0.92;

    /// <summary>Gets or sets the lowest company-word overlap (Jaccard of the company match keys) for a name + company duplicate.</summary>
    /// <value>The default value is 0.5 (from 0.1 to 1).</value>
    public double CompanySimilarityThreshold { get; set; } = 0.5;

    /// <summary>Gets domains whose <c>+tags</c> are ignored besides the embedded list (gmail.com, outlook.com, icloud.com, fastmail.com, proton.me…).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> AdditionalPlusTagDomains { get; } = [];
}
