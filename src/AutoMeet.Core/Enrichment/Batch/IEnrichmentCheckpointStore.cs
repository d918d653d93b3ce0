namespace AutoMeet.Enrichment.Batch;

/// <summary>
/// Persists batch checkpoints so that a batch interrupted by a crash resumes where it stopped. The default keeps them
/// in memory (resumable within the process only); hosts register a durable implementation (a table, a file, a
/// blob) to resume across restarts.
/// </summary>
/// <remarks>A singleton; one batch saves its checkpoints one at a time, different batches may save concurrently.</remarks>
public interface IEnrichmentCheckpointStore
{
    /// <summary>Loads the last checkpoint of a batch.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The checkpoint, or <see langword="null"/> for a new batch.</returns>
    ValueTask<EnrichmentCheckpoint?> LoadAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>Saves a batch's checkpoint, replacing the previous one.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the checkpoint is stored.</returns>
    ValueTask SaveAsync(EnrichmentCheckpoint checkpoint, CancellationToken cancellationToken = default);
}
