using System.Net;

namespace AutoMeet.Google.Gmail;

/// <summary>Thrown when the Gmail API answers with an error that retrying did not (or cannot) fix.</summary>
public sealed class GmailApiException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GmailApiException"/> class.</summary>
    /// <param name="operation">The API method, for example <c>users.messages.send</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="reason">Google's error reason (for example <c>userRateLimitExceeded</c>), if given.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay, if given.</param>
    public GmailApiException(string operation, HttpStatusCode statusCode, string? reason, TimeSpan? retryAfter = null)
        : base($"Gmail {operation} failed with HTTP {(int)statusCode}{(reason is null ? string.Empty : " (" + reason + ")")}.")
    {
        Operation = operation;
        StatusCode = statusCode;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the API method that failed.</summary>
    public string Operation { get; }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets Google's error reason, if given.</summary>
    public string? Reason { get; }

    /// <summary>Gets how long Google asked to wait before retrying, if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
