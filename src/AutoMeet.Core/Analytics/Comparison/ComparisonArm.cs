namespace AutoMeet.Analytics.Comparison;

/// <summary>One side of a comparison: a campaign, a step or a variant with its counts.</summary>
/// <param name="Name">The arm's display name (a campaign id, <c>step 2</c>, a variant name).</param>
/// <param name="Counts">The arm's counts.</param>
public sealed record ComparisonArm(string Name, FunnelCounts Counts);
