using System.ComponentModel.DataAnnotations;

namespace AutoMeet.Templates;

/// <summary>Gets or sets the limits applied to user-authored templates. Bind it from the <c>AutoMeet:Templates</c> configuration section.</summary>
public sealed class TemplateLimitsOptions
{
    /// <summary>Gets or sets the longest template source accepted, in characters.</summary>
    /// <value>The default value is 100,000.</value>
    [Range(1, 10_000_000)]
    public int MaxSourceLength { get; set; } = 100_000;

    /// <summary>Gets or sets the deepest nesting of template constructs.</summary>
    /// <value>The default value is 16.</value>
    [Range(1, 1_000)]
    public int MaxRecursion { get; set; } = 16;

    /// <summary>Gets or sets how many statements one render may execute.</summary>
    /// <value>The default value is 100,000.</value>
    [Range(10, 100_000_000)]
    public int MaxSteps { get; set; } = 100_000;

    /// <summary>Gets or sets the longest rendered output accepted, in characters.</summary>
    /// <value>The default value is 500,000.</value>
    [Range(1, 100_000_000)]
    public int MaxOutputLength { get; set; } = 500_000;

    /// <summary>Gets or sets how many parsed templates are kept in the cache.</summary>
    /// <value>The default value is 1,000.</value>
    [Range(1, 1_000_000)]
    public int CacheSize { get; set; } = 1_000;
}
