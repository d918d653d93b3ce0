namespace AutoMeet.Analytics;

/// <summary>Whether an A/B comparison declared a winner, and why not.</summary>
public enum AbDecision
{
    /// <summary>One variant is better: both have the minimum sample and p is below alpha.</summary>
    WinnerDeclared = 0,

    /// <summary>A variant has fewer trials than the minimum sample.</summary>
    InsufficientSample = 1,

    /// <summary>Both have the minimum sample but p is not below alpha.</summary>
    NotSignificant = 2,
}
