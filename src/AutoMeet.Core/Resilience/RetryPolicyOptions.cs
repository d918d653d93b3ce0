namespace AutoMeet.Resilience;

/// <summary>Settings of the shared retry policy (<see cref="AutoMeetRetry"/>); bind from <c>AutoMeet:Retry</c>.</summary>
public sealed class RetryPolicyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AutoMeet:Retry";

    /// <summary>Gets or sets how many times a failed call is retried (0 to 10; default 4, so at most 5 attempts).</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets the first backoff delay; it doubles per attempt, with jitter (default 1 s; 1 ms to 1 min).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest backoff delay (default 30 s; at least <see cref="BaseDelay"/>, at most 10 min).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the longest provider-requested wait (<c>Retry-After</c>) the policy sleeps through; a provider asking
    /// for longer gets no in-process retry, so the caller can reschedule the work instead (default 2 min; at most 1 hour).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets a value indicating whether backoff delays are jittered (default <see langword="true"/>, so many clients do not retry in step).</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range; the message names it.</exception>
    public void Validate()
    {
        if (MaxRetryAttempts is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts must be between 0 and 10.");
        }

        if (BaseDelay < TimeSpan.FromMilliseconds(1) || BaseDelay > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, "BaseDelay must be between 1 ms and 1 minute.");
        }

        if (MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "MaxDelay must be at least BaseDelay and at most 10 minutes.");
        }

        if (MaxRetryAfter < TimeSpan.Zero || MaxRetryAfter > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAfter), MaxRetryAfter, "MaxRetryAfter must be between 0 and 1 hour.");
        }
    }
}
