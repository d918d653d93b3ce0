using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using AutoMeet.Prospects;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Batch;

/// <summary>The default <see cref="IEnrichmentBatchProcessor"/>.</summary>
internal sealed partial class EnrichmentBatchProcessor : IEnrichmentBatchProcessor
{
    private readonly EnrichmentServices _services;
    private readonly IEnrichmentCheckpointStore _checkpoints;
    private readonly EnrichmentRateLimiters _limiters;
    private readonly EnrichmentBatchOptions _options;
    private readonly ILogger _logger;

    public EnrichmentBatchProcessor(
        EnrichmentServices services,
        IEnrichmentCheckpointStore checkpoints,
        EnrichmentRateLimiters limiters,
        IOptions<EnrichmentBatchOptions> options,
        ILogger<EnrichmentBatchProcessor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(limiters);
        ArgumentNullException.ThrowIfNull(options);
        _services = services;
        _checkpoints = checkpoints;
        _limiters = limiters;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task<EnrichmentBatchResult> RunAsync(EnrichmentBatchRequest request, IProgress<EnrichmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.BatchId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Prospects, nameof(request));
        var rows = request.Prospects.OrderBy(p => p.Id).ToList();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Id == rows[i - 1].Id)
            {
                throw new ArgumentException($"Prospect id {rows[i].Id} appears twice in batch '{request.BatchId}'.", nameof(request));
            }
        }

        var duplicates = _services.Duplicates.FindDuplicates(rows, request.HistoryCounts);
        var duplicateIds = duplicates.SelectMany(d => d.MergeIds.Append(d.KeepId)).ToHashSet();
        using var state = new BatchState(request.BatchId, rows, await _checkpoints.LoadAsync(request.BatchId, cancellationToken).ConfigureAwait(false));
        if (state.Skipped > 0)
        {
            EnrichmentLog.BatchResumed(_logger, request.BatchId, state.Skipped, rows.Count);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(state.Pending(), parallel, async (position, ct) =>
            {
                var row = await EnrichRowAsync(rows[position], position, duplicateIds.Contains(rows[position].Id), ct).ConfigureAwait(false);
                row = await DeliverAsync(request, row, ct).ConfigureAwait(false);
                if (state.Record(row) % _options.CheckpointInterval == 0)
                {
                    await state.SaveAsync(_checkpoints, ct).ConfigureAwait(false);
                }

                progress?.Report(state.Progress);
            }).ConfigureAwait(false);
        }
        finally
        {
            await state.SaveAsync(_checkpoints, CancellationToken.None).ConfigureAwait(false);
        }

        EnrichmentLog.BatchFinished(_logger, request.BatchId, state.Succeeded, state.Failed, state.Skipped);
        var finished = state.Rows();
        return new EnrichmentBatchResult
        {
            BatchId = request.BatchId,
            Total = rows.Count,
            Succeeded = state.Succeeded,
            Failed = state.Failed,
            Skipped = state.Skipped,
            Rows = finished,
            Duplicates = duplicates,
            Warnings = _services.Quality.Summarize(finished.Where(r => r.Quality is not null).Select(r => r.Quality!).ToList()),
        };
    }

    private async ValueTask<ProspectEnrichment> DeliverAsync(EnrichmentBatchRequest request, ProspectEnrichment row, CancellationToken cancellationToken)
    {
        if (request.OnRowCompleted is null)
        {
            return row;
        }

        try
        {
            await request.OnRowCompleted(row, cancellationToken).ConfigureAwait(false);
            return row;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EnrichmentLog.RowFailed(_logger, request.BatchId, row.Position, ex.GetType().Name);
            return row with { Error = $"The row callback failed: {ex.GetType().Name}: {ex.Message}" };
        }
    }
}
