namespace AutoMeet.Google.Tests.Fakes;

/// <summary>A fault the fake server injects into the next call of an operation.</summary>
/// <param name="Status">The HTTP status to answer with (0: answer normally, after <paramref name="Delay"/>).</param>
/// <param name="RetryAfterSeconds">The Retry-After header, if any.</param>
/// <param name="Delay">How long to wait before answering.</param>
/// <param name="AfterCommit">For messages.send: store the message first, then fail (the response is lost).</param>
/// <param name="Reason">Google's error reason in the body (default: rateLimitExceeded for 429, backendError otherwise).</param>
public sealed record FakeFault(int Status, int? RetryAfterSeconds = null, TimeSpan Delay = default, bool AfterCommit = false, string? Reason = null)
{
    public static FakeFault RateLimited403(string reason = "userRateLimitExceeded") => new(403, Reason: reason);

    public static FakeFault TooManyRequests(int retryAfterSeconds) => new(429, retryAfterSeconds);

    public static FakeFault ServerError(bool afterCommit = false) => new(500, AfterCommit: afterCommit);

    public static FakeFault Slow(TimeSpan delay) => new(0, Delay: delay);
}
