using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The start or end of an event (discovery schema <c>EventDateTime</c>).</summary>
internal sealed class GoogleEventDateTime
{
    [JsonPropertyName("dateTime")]
    public string? DateTime { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; set; }
}
