namespace AutoMeet.Enrichment.Quality;

/// <summary>Represents the data-quality summary of a set of prospects, shown before a campaign launches.</summary>
public sealed record LaunchWarnings
{
    /// <summary>Gets how many prospects were scored.</summary>
    public required int Total { get; init; }

    /// <summary>Gets the average score (0 when there are no prospects).</summary>
    public required double AverageScore { get; init; }

    /// <summary>Gets how many prospects are blocked (undeliverable address).</summary>
    public required int BlockingCount { get; init; }

    /// <summary>Gets how many prospects scored below the low-score threshold.</summary>
    public required int LowScoreCount { get; init; }

    /// <summary>Gets how many prospects have each problem.</summary>
    public required IReadOnlyDictionary<QualityIssueCode, int> IssueCounts { get; init; }

    /// <summary>Gets one warning sentence per problem found, most frequent first ("12 of 200 prospects have a role address…").</summary>
    public required IReadOnlyList<string> Messages { get; init; }

    /// <summary>Gets a value indicating whether any prospect is blocked, so the launch should be confirmed or the prospects removed.</summary>
    public bool HasBlockingIssues => BlockingCount > 0;
}
