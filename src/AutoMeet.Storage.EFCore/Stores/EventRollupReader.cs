using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using AutoMeet.Messaging;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Model.Rollups;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Answers <see cref="IEmailEventStore.CountByBucketAsync"/> from the hourly rollup when it can do so exactly: a
/// campaign filter without a prospect filter, every boundary (and the query's own range) on a whole UTC hour, and the
/// campaign's rollup complete. Local days, weeks and months of every zone whose offsets are whole hours qualify
/// (including 23- and 25-hour DST days); zones with 30- or 45-minute offsets, and ranges that start mid-hour, fall
/// back to the raw events. Distinct messages per bucket are the events whose previous event of the same message
/// group lies before the bucket's start.
/// </summary>
internal static class EventRollupReader
{
    /// <summary>Counts from the rollup, or returns <see langword="null"/> when the raw events must be counted.</summary>
    public static async Task<IReadOnlyList<EmailEventBucketCount>?> TryCountAsync(AutoMeetDbContext db, EmailEventQuery query, IReadOnlyList<Instant> boundaries, CancellationToken cancellationToken)
    {
        if (query.CampaignId is not { } campaignId || query.ProspectId is not null || !boundaries.All(RollupHours.IsWholeHour))
        {
            return null;
        }

        var from = query.From is { } f && f > boundaries[0] ? f : boundaries[0];
        var to = query.To is { } t && t < boundaries[^1] ? t : boundaries[^1];
        if (!RollupHours.IsWholeHour(from) || !RollupHours.IsWholeHour(to))
        {
            return null;
        }

        if (!await db.Set<CampaignEventRollup>().AnyAsync(r => r.CampaignId == campaignId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (from >= to)
        {
            return [];
        }

        var (fromHour, toHour) = (RollupHours.Of(from), RollupHours.Of(to));
        var hours = boundaries.Select(RollupHours.Of).ToArray();
        var starts = hours.Select(h => Math.Max(h, fromHour)).ToArray();
        var rows = db.Set<EmailEventHourCount>().AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Hour >= fromHour && r.Hour < toHour);
        if (query.Kinds.Count > 0)
        {
            var kinds = query.Kinds.ToList();
            rows = rows.Where(r => kinds.Contains(r.Kind));
        }

        var groups = await rows.Select(Projection(hours, starts))
            .GroupBy(r => new { r.Bucket, r.Kind, r.StepPosition, r.Variant, r.ReplyLabel })
            .Select(g => new { g.Key.Bucket, g.Key.Kind, g.Key.StepPosition, g.Key.Variant, g.Key.ReplyLabel, Events = g.Sum(r => r.Events), Messages = g.Sum(r => r.Counted) })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. groups.Where(g => g.Events > 0).Select(g => new EmailEventBucketCount(g.Bucket, g.Kind, g.StepPosition, g.Variant, g.ReplyLabel, g.Events, g.Messages))];
    }

    private static Expression<Func<EmailEventHourCount, HourBucketRow>> Projection(long[] hours, long[] starts)
    {
        var r = Expression.Parameter(typeof(EmailEventHourCount), "r");
        var hour = Expression.Property(r, nameof(EmailEventHourCount.Hour));
        var previous = Expression.Property(r, nameof(EmailEventHourCount.PreviousHour));
        var events = Expression.Property(r, nameof(EmailEventHourCount.Events));
        var start = Node(hour, hours, 0, hours.Length - 1, low => Box(starts[low]));
        var counted = Expression.Condition(
            Expression.OrElse(
                Expression.Equal(previous, Expression.Constant(null, typeof(long?))),
                Expression.LessThan(previous, Expression.Convert(start, typeof(long?)))),
            events,
            Expression.Constant(0L));
        var body = Expression.MemberInit(
            Expression.New(typeof(HourBucketRow)),
            Bind(nameof(HourBucketRow.Bucket), Node(hour, hours, 0, hours.Length - 1, low => Expression.Constant(low))),
            Bind(nameof(HourBucketRow.Kind), Expression.Property(r, nameof(EmailEventHourCount.Kind))),
            Bind(nameof(HourBucketRow.StepPosition), Expression.Property(r, nameof(EmailEventHourCount.StepPosition))),
            Bind(nameof(HourBucketRow.Variant), Expression.Property(r, nameof(EmailEventHourCount.Variant))),
            Bind(nameof(HourBucketRow.ReplyLabel), Expression.Property(r, nameof(EmailEventHourCount.ReplyLabel))),
            Bind(nameof(HourBucketRow.Events), events),
            Bind(nameof(HourBucketRow.Counted), counted));
        return Expression.Lambda<Func<EmailEventHourCount, HourBucketRow>>(body, r);
    }

    private static MemberAssignment Bind(string property, Expression value) =>
        Expression.Bind(typeof(HourBucketRow).GetProperty(property)!, value);

    private static MemberExpression Box(long value) =>
        Expression.Field(Expression.Constant(new StrongBox<long>(value)), nameof(StrongBox<long>.Value));

    // A balanced tree of CASE WHEN hour < @boundary (parameters, so series of one length share a query), as in BucketRows.
    private static Expression Node(Expression hour, long[] hours, int low, int high, Func<int, Expression> leaf)
    {
        if (high - low == 1)
        {
            return leaf(low);
        }

        var middle = (low + high) / 2;
        return Expression.Condition(
            Expression.LessThan(hour, Box(hours[middle])),
            Node(hour, hours, low, middle, leaf),
            Node(hour, hours, middle, high, leaf));
    }
}
