namespace AutoMeet.Analytics.Comparison;

/// <summary>An arm's observed rate on the compared measure with its Wilson interval at confidence 1 − alpha.</summary>
/// <param name="Name">The arm's name.</param>
/// <param name="Successes">The numerator (for the reply rate, the replies).</param>
/// <param name="Trials">The denominator (delivered messages).</param>
/// <param name="Rate">The observed rate, or <see langword="null"/> without trials.</param>
/// <param name="Lower">The interval's lower bound, or <see langword="null"/> without trials.</param>
/// <param name="Upper">The interval's upper bound, or <see langword="null"/> without trials.</param>
public sealed record ArmEstimate(string Name, long Successes, long Trials, double? Rate, double? Lower, double? Upper);
