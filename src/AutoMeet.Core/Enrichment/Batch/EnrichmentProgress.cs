namespace AutoMeet.Enrichment.Batch;

/// <summary>Represents the progress of a batch, reported after every row.</summary>
/// <param name="Total">How many rows the batch has.</param>
/// <param name="Completed">How many rows are finished (succeeded, failed, or skipped because an earlier run did them).</param>
/// <param name="Failed">How many rows failed in this run.</param>
/// <param name="Skipped">How many rows an earlier run had done.</param>
public readonly record struct EnrichmentProgress(int Total, int Completed, int Failed, int Skipped);
