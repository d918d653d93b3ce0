using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Quality;

/// <summary>Represents a prospect's data-quality score and the reasons behind it.</summary>
public sealed record ProspectQualityReport
{
    /// <summary>Gets the prospect.</summary>
    public required Id<Prospect> ProspectId { get; init; }

    /// <summary>Gets the score: 100 minus the penalties, at least 0.</summary>
    public required int Score { get; init; }

    /// <summary>Gets the problems found, largest penalty first.</summary>
    public required IReadOnlyList<QualityIssue> Issues { get; init; }

    /// <summary>Gets a value indicating whether the prospect must not be contacted (its address is undeliverable).</summary>
    public bool IsBlocking => Issues.Any(i => i.Code == QualityIssueCode.UndeliverableEmail);
}
