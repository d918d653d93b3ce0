using System.Text.Json;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Resilience;

namespace AutoMeet.Google.Resilience;

/// <summary>Reads Google's JSON error envelope and <c>Retry-After</c> from a failed response (shared by every Google API).</summary>
internal static class GoogleApiErrors
{
    /// <summary>Reads <c>error.errors[0].reason</c> and <c>error.status</c>; <see langword="null"/>s when the body is not Google's envelope.</summary>
    public static async Task<(string? Reason, string? Status)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            // As a string: the pipeline and the client may both read the same (buffered) body.
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, GmailJsonContext.Default.GmailErrorResponse);
            return (error?.Error?.Errors is { Count: > 0 } errors ? errors[0].Reason : null, error?.Error?.Status);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not Google's JSON error envelope: the status code says enough.
            return (null, null);
        }
    }

    /// <summary>Reads <c>Retry-After</c> (seconds, or an HTTP date relative to the response's <c>Date</c>).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { Delta: null, Date: not null } && response.Headers.Date is null
            ? null
            : TransientFailures.RetryAfter(response?.Headers.RetryAfter, response?.Headers.Date ?? DateTimeOffset.MinValue);

    /// <summary>Tells whether a 403's reason is a rate limit (back off and retry) rather than a refusal.</summary>
    public static bool IsRateLimitReason(string? reason) => reason is "rateLimitExceeded" or "userRateLimitExceeded";
}
