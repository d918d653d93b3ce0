using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Quality;

namespace AutoMeet.Enrichment.Batch;

/// <summary>Represents the outcome of one run of a batch.</summary>
public sealed record EnrichmentBatchResult
{
    /// <summary>Gets the batch id.</summary>
    public required string BatchId { get; init; }

    /// <summary>Gets how many rows the batch has.</summary>
    public required int Total { get; init; }

    /// <summary>Gets how many rows succeeded in this run.</summary>
    public required int Succeeded { get; init; }

    /// <summary>Gets how many rows failed in this run (their errors are in <see cref="Rows"/>).</summary>
    public required int Failed { get; init; }

    /// <summary>Gets how many rows an earlier run had done (not processed again).</summary>
    public required int Skipped { get; init; }

    /// <summary>Gets the rows processed in this run, by position.</summary>
    public required IReadOnlyList<ProspectEnrichment> Rows { get; init; }

    /// <summary>Gets the duplicate groups found across the whole batch.</summary>
    public required IReadOnlyList<MergeSuggestion> Duplicates { get; init; }

    /// <summary>Gets the data-quality summary of the rows scored in this run.</summary>
    public required LaunchWarnings Warnings { get; init; }
}
