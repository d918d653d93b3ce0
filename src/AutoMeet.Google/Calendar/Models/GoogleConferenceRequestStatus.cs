using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The status of a conference create request: <c>pending</c>, <c>success</c> or <c>failure</c> (discovery schema <c>ConferenceRequestStatus</c>).</summary>
internal sealed class GoogleConferenceRequestStatus
{
    [JsonPropertyName("statusCode")]
    public string? StatusCode { get; set; }
}
