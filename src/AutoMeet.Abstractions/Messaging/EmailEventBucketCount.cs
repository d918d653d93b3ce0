namespace AutoMeet.Messaging;

/// <summary>
/// Represents one row of <see cref="IEmailEventStore.CountByBucketAsync"/>: the events of one bucket, kind, step
/// position, variant and (for replies) reply label.
/// </summary>
/// <param name="Bucket">The bucket index: bucket <c>i</c> holds events with <c>boundaries[i] ≤ OccurredAt &lt; boundaries[i + 1]</c>.</param>
/// <param name="Kind">The event kind.</param>
/// <param name="StepPosition">The step position, or <see langword="null"/> when the events have none.</param>
/// <param name="Variant">The A/B variant, or <see langword="null"/> when the events have none.</param>
/// <param name="ReplyLabel">
/// The <see cref="EmailEvent.Detail"/> of <see cref="EmailEventKind.Replied"/> events (the reply label's wire name, as
/// stored); always <see langword="null"/> for other kinds.
/// </param>
/// <param name="Events">The number of events.</param>
/// <param name="Messages">
/// The number of distinct messages among the events (distinct non-null <see cref="EmailEvent.MessageId"/>s) plus the
/// number of events without a message id, which count once each.
/// </param>
public sealed record EmailEventBucketCount(
    int Bucket,
    EmailEventKind Kind,
    int? StepPosition,
    string? Variant,
    string? ReplyLabel,
    long Events,
    long Messages);
