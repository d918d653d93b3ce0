namespace AutoMeet.Enrichment.Batch;

/// <summary>
/// Enriches many prospects: address validation, company, phone, LinkedIn URL (and a profile match through any
/// registered <c>ILinkedInProfileSource</c>), duplicates across the batch and a quality score per row. Runs with
/// bounded parallelism and per-provider rate limits, reports progress, checkpoints through
/// <see cref="IEnrichmentCheckpointStore"/> so a crashed batch resumes where it stopped, and records a failing row's
/// error without stopping the batch.
/// </summary>
/// <remarks>A singleton; different batches may run concurrently. It never changes the prospects: results go to the caller.</remarks>
public interface IEnrichmentBatchProcessor
{
    /// <summary>Runs (or resumes) a batch.</summary>
    /// <param name="request">The batch.</param>
    /// <param name="progress">Receives progress after every row, if given.</param>
    /// <param name="cancellationToken">Stops the batch; the checkpoint keeps the rows finished so far.</param>
    /// <returns>The outcome of this run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The batch id is blank, or two prospects share an id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<EnrichmentBatchResult> RunAsync(EnrichmentBatchRequest request, IProgress<EnrichmentProgress>? progress = null, CancellationToken cancellationToken = default);
}
