namespace AutoMeet.Analytics;

/// <summary>The evidence an A/B comparison requires before it declares a winner.</summary>
public sealed record AbTestSettings
{
    /// <summary>Gets the default settings.</summary>
    public static AbTestSettings Default { get; } = new();

    /// <summary>Gets the significance level: the accepted rate of declaring a winner when there is no difference. Also sets the confidence level (1 − alpha) of the intervals.</summary>
    /// <value>The default value is 0.05.</value>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Gets the trials each variant needs before a winner may be declared.</summary>
    /// <value>The default value is 100.</value>
    public long MinimumTrialsPerVariant { get; init; } = 100;

    /// <summary>Gets the total trials from which the z-test replaces Fisher's exact test (when every expected cell count is also at least 5).</summary>
    /// <value>The default value is 1,000.</value>
    public long ExactTestBelowTotalTrials { get; init; } = 1_000;
}
