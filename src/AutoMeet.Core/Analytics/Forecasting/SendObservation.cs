using NodaTime;

namespace AutoMeet.Analytics.Forecasting;

/// <summary>One delivered message and whether it drew a reply.</summary>
/// <param name="Segment">The prospect segment (an industry, a title band, a list).</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="TimeZoneId">The prospect's IANA zone; the hour is read in it.</param>
/// <param name="Replied">Whether it drew a reply (not counting out-of-office and bounces).</param>
public sealed record SendObservation(string Segment, Instant SentAt, string TimeZoneId, bool Replied);
