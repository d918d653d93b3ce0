using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Stores e-mail events. Events are appended with <see cref="IEntityStore{TEntity}.AddAsync"/> and never updated.</summary>
public interface IEmailEventStore : IEntityStore<EmailEvent>
{
    /// <summary>Lists events matching a filter, ordered by <see cref="EmailEvent.OccurredAt"/> then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events of the page.</returns>
    Task<IReadOnlyList<EmailEvent>> ListAsync(EmailEventQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Counts events matching a filter.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(EmailEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts events matching a filter per time bucket, kind, step position, variant and reply label, with the grouping
    /// done by the store (one pass over the matching events, no rows materialized), so that a time series over millions
    /// of events stays fast.
    /// </summary>
    /// <param name="query">The filter; its <see cref="EmailEventQuery.From"/>/<see cref="EmailEventQuery.To"/> apply on top of the boundaries.</param>
    /// <param name="boundaries">
    /// The strictly ascending bucket boundaries (at least 2, at most <see cref="MaxBucketBoundaries"/>): bucket <c>i</c> is
    /// [<c>boundaries[i]</c>, <c>boundaries[i + 1]</c>); events before the first or from the last boundary are not counted.
    /// The caller computes them in its own time zone (local days, weeks, months), so every zone and DST rule is exact.
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One row per non-empty group, in no particular order.</returns>
    /// <exception cref="ArgumentException">The boundaries are fewer than 2, more than <see cref="MaxBucketBoundaries"/>, or not strictly ascending.</exception>
    /// <remarks>Implementations may be called concurrently from different scopes; the call only reads.</remarks>
    Task<IReadOnlyList<EmailEventBucketCount>> CountByBucketAsync(EmailEventQuery query, IReadOnlyList<Instant> boundaries, CancellationToken cancellationToken = default);

    /// <summary>The most boundaries <see cref="CountByBucketAsync"/> accepts (an hourly series of a little over a year).</summary>
    public const int MaxBucketBoundaries = 10_000;

    /// <summary>Checks the boundaries given to <see cref="CountByBucketAsync"/>; stores call it before querying.</summary>
    /// <param name="boundaries">The boundaries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="boundaries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The boundaries are fewer than 2, more than <see cref="MaxBucketBoundaries"/>, or not strictly ascending.</exception>
    public static void ValidateBoundaries(IReadOnlyList<Instant> boundaries)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        if (boundaries.Count < 2 || boundaries.Count > MaxBucketBoundaries)
        {
            throw new ArgumentException($"Between 2 and {MaxBucketBoundaries} bucket boundaries are needed; {boundaries.Count} were given.", nameof(boundaries));
        }

        for (var i = 1; i < boundaries.Count; i++)
        {
            if (boundaries[i] <= boundaries[i - 1])
            {
                throw new ArgumentException($"Bucket boundaries must be strictly ascending; boundary {i} ({boundaries[i]}) is not after boundary {i - 1} ({boundaries[i - 1]}).", nameof(boundaries));
            }
        }
    }
}
