namespace AutoMeet.Sample.Web.RateLimiting;

/// <summary>A fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> per client and route.</summary>
public sealed class RateLimitRule
{
    /// <summary>Gets or sets the requests allowed per window (1 to 100 000).</summary>
    public int PermitLimit { get; set; }

    /// <summary>Gets or sets the window (1 second to 1 hour).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
