using System.Net;

namespace AutoMeet.Google.Calendar;

/// <summary>Thrown when the Google Calendar API answers with an error that retrying did not (or cannot) fix.</summary>
public sealed class GoogleCalendarApiException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GoogleCalendarApiException"/> class.</summary>
    /// <param name="operation">The API method, for example <c>calendar.events.insert</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="reason">Google's error reason (for example <c>fullSyncRequired</c> or <c>rateLimitExceeded</c>), if given.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay, if given.</param>
    public GoogleCalendarApiException(string operation, HttpStatusCode statusCode, string? reason, TimeSpan? retryAfter = null)
        : base($"Google Calendar {operation} failed with HTTP {(int)statusCode}{(reason is null ? string.Empty : " (" + reason + ")")}.")
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
