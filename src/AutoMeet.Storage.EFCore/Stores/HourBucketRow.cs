using AutoMeet.Messaging;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>One rollup row reduced to what <see cref="EventRollupReader"/> groups and sums.</summary>
internal sealed class HourBucketRow
{
    public int Bucket { get; init; }

    public EmailEventKind Kind { get; init; }

    public int? StepPosition { get; init; }

    public string? Variant { get; init; }

    public string? ReplyLabel { get; init; }

    public long Events { get; init; }

    /// <summary>Gets the events that are the first of their message group in the bucket.</summary>
    public long Counted { get; init; }
}
