using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>Why one calendar of a <c>freeBusy.query</c> could not be read (discovery schema <c>Error</c>).</summary>
internal sealed class GoogleCalendarError
{
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
