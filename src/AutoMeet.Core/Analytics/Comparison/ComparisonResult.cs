namespace AutoMeet.Analytics.Comparison;

/// <summary>The outcome of comparing two or more arms on one measure.</summary>
/// <param name="Measure">The measure compared.</param>
/// <param name="Arms">Each arm's estimate, in the order given.</param>
/// <param name="Leader">The arm with the highest observed rate, or <see langword="null"/> when the top rates tie or no arm has trials.</param>
/// <param name="Tests">The leader tested against each other arm (at the per-test alpha); empty without a leader.</param>
/// <param name="PerTestAlpha">Alpha divided by the number of tests (Bonferroni), so the chance of a false winner stays at most alpha.</param>
/// <param name="Decision">Whether a winner was declared, or why not.</param>
/// <param name="Winner">The winner's name when <see cref="Decision"/> is <see cref="AbDecision.WinnerDeclared"/>.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Warnings">Caveats, for example that open rates are unreliable.</param>
public sealed record ComparisonResult(
    ComparisonMeasure Measure,
    IReadOnlyList<ArmEstimate> Arms,
    string? Leader,
    IReadOnlyList<AbTestResult> Tests,
    double PerTestAlpha,
    AbDecision Decision,
    string? Winner,
    string Reason,
    IReadOnlyList<string> Warnings);
