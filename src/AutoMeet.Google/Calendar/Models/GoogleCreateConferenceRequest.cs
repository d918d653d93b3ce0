using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A request to create a conference (discovery schema <c>CreateConferenceRequest</c>).</summary>
internal sealed class GoogleCreateConferenceRequest
{
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    [JsonPropertyName("conferenceSolutionKey")]
    public GoogleConferenceSolutionKey? ConferenceSolutionKey { get; set; }

    [JsonPropertyName("status")]
    public GoogleConferenceRequestStatus? Status { get; set; }
}
