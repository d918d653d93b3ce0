namespace AutoMeet.Enrichment.Quality;

/// <summary>Represents one data-quality problem and the points it cost.</summary>
/// <param name="Code">The problem.</param>
/// <param name="Penalty">The points taken off the score of 100.</param>
/// <param name="Message">An explanation for people (no personal data).</param>
public sealed record QualityIssue(QualityIssueCode Code, int Penalty, string Message);
