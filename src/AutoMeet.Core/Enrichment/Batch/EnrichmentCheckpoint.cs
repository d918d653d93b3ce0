using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Batch;

/// <summary>
/// Represents how far a batch got: every row before <see cref="CompletedThrough"/> (in the processor's order, by
/// prospect id) is done, and so are the rows in <see cref="CompletedIds"/> after it. Failed rows are not done, so a
/// resumed batch tries them again.
/// </summary>
public sealed record EnrichmentCheckpoint
{
    /// <summary>Gets the batch.</summary>
    public required string BatchId { get; init; }

    /// <summary>Gets how many leading rows are all done.</summary>
    public int CompletedThrough { get; init; }

    /// <summary>Gets the prospects done after <see cref="CompletedThrough"/>.</summary>
    public IReadOnlyCollection<Id<Prospect>> CompletedIds { get; init; } = [];
}
