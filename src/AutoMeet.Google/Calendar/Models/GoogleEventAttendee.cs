using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>An attendee of an event (discovery schema <c>EventAttendee</c>).</summary>
internal sealed class GoogleEventAttendee
{
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("responseStatus")]
    public string? ResponseStatus { get; set; }

    [JsonPropertyName("self")]
    public bool? Self { get; set; }

    [JsonPropertyName("organizer")]
    public bool? Organizer { get; set; }
}
