namespace AutoMeet.Analytics.Forecasting;

/// <summary>The reply rate of messages sent in one local hour, with its Wilson interval.</summary>
/// <param name="Hour">The prospect's local hour (0 … 23).</param>
/// <param name="Sent">The messages sent in that hour.</param>
/// <param name="Replied">The replies to them.</param>
/// <param name="Rate">The observed rate.</param>
/// <param name="Lower">The interval's lower bound.</param>
/// <param name="Upper">The interval's upper bound.</param>
public sealed record HourEstimate(int Hour, long Sent, long Replied, double Rate, double Lower, double Upper);
