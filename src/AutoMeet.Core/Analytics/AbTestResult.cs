namespace AutoMeet.Analytics;

/// <summary>The outcome of comparing two variants.</summary>
/// <param name="A">The first variant's estimate.</param>
/// <param name="B">The second variant's estimate.</param>
/// <param name="Method">The test used.</param>
/// <param name="PValue">The two-sided p-value, or <see langword="null"/> when no test ran.</param>
/// <param name="Settings">The settings applied.</param>
/// <param name="Decision">Whether a winner was declared.</param>
/// <param name="Winner">The winning variant's name, when <see cref="Decision"/> is <see cref="AbDecision.WinnerDeclared"/>.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record AbTestResult(
    VariantEstimate A,
    VariantEstimate B,
    SignificanceMethod Method,
    double? PValue,
    AbTestSettings Settings,
    AbDecision Decision,
    string? Winner,
    string Reason);
