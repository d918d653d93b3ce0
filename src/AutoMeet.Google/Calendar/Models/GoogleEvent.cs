using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>An event (discovery schema <c>Event</c>).</summary>
internal sealed class GoogleEvent
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("start")]
    public GoogleEventDateTime? Start { get; set; }

    [JsonPropertyName("end")]
    public GoogleEventDateTime? End { get; set; }

    [JsonPropertyName("attendees")]
    public IReadOnlyList<GoogleEventAttendee>? Attendees { get; set; }

    [JsonPropertyName("conferenceData")]
    public GoogleConferenceData? ConferenceData { get; set; }

    [JsonPropertyName("hangoutLink")]
    public string? HangoutLink { get; set; }

    [JsonPropertyName("transparency")]
    public string? Transparency { get; set; }

    [JsonPropertyName("extendedProperties")]
    public GoogleExtendedProperties? ExtendedProperties { get; set; }
}
