namespace AutoMeet.Analytics;

/// <summary>The observed outcome of one variant: <see cref="Successes"/> out of <see cref="Trials"/> (for example positive replies out of delivered).</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Successes">The successes (0 ≤ successes ≤ trials).</param>
/// <param name="Trials">The trials (≥ 0).</param>
public sealed record VariantSample(string Name, long Successes, long Trials);
