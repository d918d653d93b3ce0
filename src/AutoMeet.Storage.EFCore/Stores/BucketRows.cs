using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Builds the projection <see cref="EmailEventStore.CountByBucketAsync"/> groups by: the bucket index of each event
/// as a balanced tree of <c>CASE WHEN occurred_at &lt; @boundary</c> (about log2(buckets) comparisons per row, plain
/// SQL on every provider), the kind, step, variant and the reply label of replies.
/// </summary>
/// <remarks>
/// Each boundary is a query parameter (a field of a <see cref="StrongBox{T}"/> captured in the tree, which EF turns
/// into a parameter), so series of the same length share one compiled query and one SQL text.
/// </remarks>
internal static class BucketRows
{
    public static Expression<Func<EmailEvent, BucketRow>> Projection(IReadOnlyList<Instant> boundaries)
    {
        var e = Expression.Parameter(typeof(EmailEvent), "e");
        var occurredAt = Expression.Property(e, nameof(EmailEvent.OccurredAt));
        var bucket = Node(occurredAt, boundaries, 0, boundaries.Count - 1);
        var kind = Expression.Property(e, nameof(EmailEvent.Kind));
        var label = Expression.Condition(
            Expression.Equal(kind, Expression.Constant(EmailEventKind.Replied)),
            Expression.Property(e, nameof(EmailEvent.Detail)),
            Expression.Constant(null, typeof(string)));
        var body = Expression.MemberInit(
            Expression.New(typeof(BucketRow)),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.Bucket))!, bucket),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.Kind))!, kind),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.StepPosition))!, Expression.Property(e, nameof(EmailEvent.StepPosition))),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.Variant))!, Expression.Property(e, nameof(EmailEvent.Variant))),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.ReplyLabel))!, label),
            Expression.Bind(typeof(BucketRow).GetProperty(nameof(BucketRow.MessageId))!, Expression.Property(e, nameof(EmailEvent.MessageId))));
        return Expression.Lambda<Func<EmailEvent, BucketRow>>(body, e);
    }

    // The index of the bucket in [low, high) that holds the event, knowing boundaries[low] <= occurredAt < boundaries[high].
    private static Expression Node(Expression occurredAt, IReadOnlyList<Instant> boundaries, int low, int high)
    {
        if (high - low == 1)
        {
            return Expression.Constant(low);
        }

        var middle = (low + high) / 2;
        var boundary = Expression.Field(Expression.Constant(new StrongBox<Instant>(boundaries[middle])), nameof(StrongBox<Instant>.Value));
        return Expression.Condition(
            Expression.LessThan(occurredAt, boundary),
            Node(occurredAt, boundaries, low, middle),
            Node(occurredAt, boundaries, middle, high));
    }
}
