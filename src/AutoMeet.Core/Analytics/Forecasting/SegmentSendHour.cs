namespace AutoMeet.Analytics.Forecasting;

/// <summary>The best send hour of one segment, or a plain statement that the data is too thin.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="BestHour">The prospect-local hour with the highest lower confidence bound, or <see langword="null"/> when the data is too thin.</param>
/// <param name="Hours">The estimate of every hour with sends, by hour.</param>
/// <param name="DataTooThin">Whether the data is too thin to name a best hour.</param>
/// <param name="Explanation">Why this hour, or why none.</param>
public sealed record SegmentSendHour(string Segment, int? BestHour, IReadOnlyList<HourEstimate> Hours, bool DataTooThin, string Explanation);
