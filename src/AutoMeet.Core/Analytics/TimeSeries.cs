namespace AutoMeet.Analytics;

/// <summary>A time series of counts.</summary>
/// <param name="Request">The validated request.</param>
/// <param name="Buckets">The buckets in time order, covering the whole range.</param>
public sealed record TimeSeries(TimeSeriesRequest Request, IReadOnlyList<TimeSeriesBucket> Buckets);
