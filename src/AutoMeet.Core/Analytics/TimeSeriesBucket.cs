using NodaTime;

namespace AutoMeet.Analytics;

/// <summary>One bucket of a time series: a local period with its instants and counts.</summary>
/// <param name="LocalStart">The local date and time the bucket starts at in the series' zone (a day starts at its first valid instant).</param>
/// <param name="StartOffset">The zone's UTC offset at the start, which tells repeated local hours apart.</param>
/// <param name="Start">The inclusive start instant.</param>
/// <param name="End">The exclusive end instant.</param>
/// <param name="Counts">The counts of events (by <c>OccurredAt</c>) and meetings (by <c>Start</c>) in the bucket and the requested range.</param>
public sealed record TimeSeriesBucket(LocalDateTime LocalStart, Offset StartOffset, Instant Start, Instant End, FunnelCounts Counts)
{
    /// <summary>Gets the length in hours: 23 or 25 for a day with a DST change, 24 otherwise.</summary>
    public double LengthHours => (End - Start).TotalHours;
}
