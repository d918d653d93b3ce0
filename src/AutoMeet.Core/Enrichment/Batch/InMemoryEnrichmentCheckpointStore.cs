using System.Collections.Concurrent;

namespace AutoMeet.Enrichment.Batch;

/// <summary>The default <see cref="IEnrichmentCheckpointStore"/>: checkpoints live as long as the process.</summary>
internal sealed class InMemoryEnrichmentCheckpointStore : IEnrichmentCheckpointStore
{
    private readonly ConcurrentDictionary<string, EnrichmentCheckpoint> _checkpoints = new(StringComparer.Ordinal);

    public ValueTask<EnrichmentCheckpoint?> LoadAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batchId);
        return ValueTask.FromResult(_checkpoints.TryGetValue(batchId, out var checkpoint) ? checkpoint : null);
    }

    public ValueTask SaveAsync(EnrichmentCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        _checkpoints[checkpoint.BatchId] = checkpoint;
        return ValueTask.CompletedTask;
    }
}
