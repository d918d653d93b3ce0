namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents the distributor's verdict for one candidate with a human-readable reason.</summary>
/// <param name="Decision">The verdict.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record DistributionExplanation(DistributionDecision Decision, string Reason);
