using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Duplicates;

/// <summary>
/// Represents a suggestion to merge duplicate prospects into one. It is only a suggestion: nothing is merged or
/// deleted; the host decides and moves the history (enrollments, threads, meetings) itself.
/// </summary>
public sealed record MergeSuggestion
{
    /// <summary>Gets the record to keep: the one with the most history, then the oldest, then the smallest id.</summary>
    public required Id<Prospect> KeepId { get; init; }

    /// <summary>Gets the records to merge into <see cref="KeepId"/>, oldest first.</summary>
    public required IReadOnlyList<Id<Prospect>> MergeIds { get; init; }

    /// <summary>Gets the strongest reason linking the group.</summary>
    public required DuplicateReason Reason { get; init; }

    /// <summary>Gets the weakest similarity among the links that formed the group (1 for address matches).</summary>
    public double Similarity { get; init; }

    /// <summary>Gets an explanation for people (no addresses or names).</summary>
    public required string Explanation { get; init; }
}
