using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly.Timeout;

namespace AutoMeet.Resilience;

/// <summary>
/// Classifies failures as transient (worth retrying) or not, and reads how long a provider asked to wait.
/// </summary>
/// <remarks>
/// Transient: <see cref="TransientFailureException"/>; <see cref="HttpRequestException"/> without a status (the
/// connection failed) or with a transient status; <see cref="TimeoutException"/> and Polly's
/// <see cref="TimeoutRejectedException"/>; <see cref="OperationCanceledException"/> that the caller did not ask for
/// (an HTTP client's timeout); <see cref="IOException"/> and <see cref="SocketException"/>. Transient statuses: 408,
/// 429, 500, 502, 503 and 504. Everything else (400, 401, 403, 404, 409, validation errors, bugs) is permanent:
/// retrying cannot help, and authorization failures must reach the owner at once.
/// </remarks>
public static class TransientFailures
{
    /// <summary>Tells whether an exception is worth retrying.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="callerToken">The caller's token: a cancellation the caller asked for is never retried.</param>
    /// <returns><see langword="true"/> if transient.</returns>
    public static bool IsTransient(Exception exception, CancellationToken callerToken = default)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            TransientFailureException => true,
            HttpRequestException http => http.StatusCode is not { } status || IsTransient(status),
            TimeoutRejectedException or TimeoutException => true,
            OperationCanceledException => !callerToken.IsCancellationRequested,
            IOException or SocketException => true,
            _ => false,
        };
    }

    /// <summary>Tells whether an HTTP status is worth retrying (408, 429, 500, 502, 503, 504).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> if transient.</returns>
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Reads a <c>Retry-After</c> header: a number of seconds, or an HTTP date relative to <paramref name="now"/>.</summary>
    /// <param name="header">The header value, or <see langword="null"/>.</param>
    /// <param name="now">The current time (from the injected <see cref="TimeProvider"/>).</param>
    /// <returns>The wait (never negative), or <see langword="null"/> when there is no header.</returns>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        return header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }
}
