namespace AutoMeet.Analytics.Forecasting;

/// <summary>A projected count with its interval: never a bare number.</summary>
/// <param name="Expected">The expected count.</param>
/// <param name="Lower">The interval's lower bound.</param>
/// <param name="Upper">The interval's upper bound.</param>
public sealed record Projection(double Expected, double Lower, double Upper);
