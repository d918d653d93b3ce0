namespace AutoMeet.Analytics;

/// <summary>A variant's observed rate with its Wilson score confidence interval.</summary>
/// <param name="Sample">The observed counts.</param>
/// <param name="Rate">The observed rate, or <see langword="null"/> with no trials.</param>
/// <param name="Lower">The lower bound of the Wilson interval, or <see langword="null"/> with no trials.</param>
/// <param name="Upper">The upper bound of the Wilson interval, or <see langword="null"/> with no trials.</param>
public sealed record VariantEstimate(VariantSample Sample, double? Rate, double? Lower, double? Upper);
