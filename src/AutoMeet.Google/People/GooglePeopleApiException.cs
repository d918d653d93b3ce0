using System.Net;

namespace AutoMeet.Google.People;

/// <summary>Thrown when the People API answers with an error that retrying did not (or cannot) fix.</summary>
public sealed class GooglePeopleApiException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GooglePeopleApiException"/> class.</summary>
    /// <param name="operation">The API method, for example <c>people.searchContacts</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="reason">Google's error reason or status, if given.</param>
    public GooglePeopleApiException(string operation, HttpStatusCode statusCode, string? reason)
        : base($"People API {operation} failed with HTTP {(int)statusCode}{(reason is null ? string.Empty : " (" + reason + ")")}.")
    {
        Operation = operation;
        StatusCode = statusCode;
        Reason = reason;
    }

    /// <summary>Gets the API method that failed.</summary>
    public string Operation { get; }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets Google's error reason or status, if given.</summary>
    public string? Reason { get; }
}
