using NodaTime;

namespace AutoMeet.Analytics;

/// <summary>Asks for counts per bucket over [<see cref="From"/>, <see cref="To"/>) in a time zone.</summary>
/// <param name="From">The inclusive start.</param>
/// <param name="To">The exclusive end (after <see cref="From"/>).</param>
/// <param name="TimeZoneId">The owner's IANA zone, for example <c>Europe/Berlin</c>.</param>
/// <param name="Bucket">The bucket size.</param>
public sealed record TimeSeriesRequest(Instant From, Instant To, string TimeZoneId, TimeBucket Bucket);
