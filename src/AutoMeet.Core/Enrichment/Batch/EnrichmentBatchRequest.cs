using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Batch;

/// <summary>Represents a batch to enrich.</summary>
public sealed record EnrichmentBatchRequest
{
    /// <summary>Gets the batch id; running a batch again with the same id resumes it from its checkpoint.</summary>
    public required string BatchId { get; init; }

    /// <summary>Gets the prospects; the processor orders them by id, so the same set always gives the same positions.</summary>
    public required IReadOnlyList<Prospect> Prospects { get; init; }

    /// <summary>
    /// Gets a callback receiving each finished row (succeeded or failed) before the checkpoint records it, so a row's
    /// result is delivered at least once. Called concurrently up to <see cref="EnrichmentBatchOptions.MaxParallelism"/>.
    /// </summary>
    public Func<ProspectEnrichment, CancellationToken, ValueTask>? OnRowCompleted { get; init; }

    /// <summary>Gets how much history each prospect has, to choose which duplicate to keep; missing ids count 0.</summary>
    public IReadOnlyDictionary<Id<Prospect>, int>? HistoryCounts { get; init; }
}
