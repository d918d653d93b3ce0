namespace AutoMeet.Google.Resilience;

/// <summary>
/// Gets or sets the circuit breaker kept per Google account and API (<c>AutoMeet:Google:CircuitBreaker</c>): when too
/// many calls of one account fail with a transient error (5xx, 408, timeout, lost connection), further calls of that
/// account fail fast with <see cref="GoogleCircuitOpenException"/> for <see cref="BreakDuration"/>; then one probe call
/// is let through (half-open) and its outcome closes or re-opens the circuit. Other accounts are not affected.
/// </summary>
public sealed class GoogleCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether the breaker is on.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the share of failed calls within <see cref="SamplingDuration"/> that opens the circuit (greater than 0, at most 1).</summary>
    /// <value>The default value is 0.5.</value>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>
    /// Gets or sets how many calls must have been made within <see cref="SamplingDuration"/> before the ratio counts
    /// (at least 2); with a ratio of 1 this is the number of consecutive failures that opens the circuit.
    /// </summary>
    /// <value>The default value is 5.</value>
    public int MinimumThroughput { get; set; } = 5;

    /// <summary>Gets or sets the window over which failures are counted (at least 500 ms).</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open before a probe call is allowed (at least 500 ms).</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
