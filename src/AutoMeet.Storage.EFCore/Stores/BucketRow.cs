using AutoMeet.Messaging;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>One event reduced to what <see cref="EmailEventStore.CountByBucketAsync"/> groups and counts.</summary>
internal sealed class BucketRow
{
    public int Bucket { get; init; }

    public EmailEventKind Kind { get; init; }

    public int? StepPosition { get; init; }

    public string? Variant { get; init; }

    public string? ReplyLabel { get; init; }

    public Id<EmailMessage>? MessageId { get; init; }
}
