namespace AutoMeet.Resilience;

/// <summary>
/// Thrown by an adapter for a failure that is worth retrying (a provider's 429 or 503, a dropped connection), with the
/// delay the provider asked for, if any. <see cref="AutoMeetRetry"/> retries it and honours <see cref="RetryAfter"/>.
/// </summary>
public sealed class TransientFailureException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="TransientFailureException"/> class.</summary>
    /// <param name="message">What failed (no personal data, no secrets).</param>
    /// <param name="retryAfter">How long the provider asked to wait (its <c>Retry-After</c>), or <see langword="null"/>.</param>
    /// <param name="innerException">The provider's exception, if any.</param>
    public TransientFailureException(string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "A Retry-After delay cannot be negative.");
        }

        RetryAfter = retryAfter;
    }

    /// <summary>Initializes a new instance of the <see cref="TransientFailureException"/> class.</summary>
    public TransientFailureException()
        : this("A transient failure occurred.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TransientFailureException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public TransientFailureException(string message)
        : this(message, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TransientFailureException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public TransientFailureException(string message, Exception? innerException)
        : this(message, null, innerException)
    {
    }

    /// <summary>Gets how long the provider asked to wait before the next attempt, if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
