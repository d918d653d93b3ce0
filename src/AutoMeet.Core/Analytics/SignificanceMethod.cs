namespace AutoMeet.Analytics;

/// <summary>The test <see cref="AbSignificance"/> used.</summary>
public enum SignificanceMethod
{
    /// <summary>No test ran (a variant has no trials).</summary>
    None = 0,

    /// <summary>Fisher's exact test, two-sided (small samples).</summary>
    FisherExact = 1,

    /// <summary>The pooled two-proportion z-test, two-sided (large samples).</summary>
    TwoProportionZ = 2,
}
