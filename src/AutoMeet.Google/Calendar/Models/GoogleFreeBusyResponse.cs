using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The answer of <c>freeBusy.query</c> (discovery schema <c>FreeBusyResponse</c>).</summary>
internal sealed class GoogleFreeBusyResponse
{
    [JsonPropertyName("timeMin")]
    public string? TimeMin { get; set; }

    [JsonPropertyName("timeMax")]
    public string? TimeMax { get; set; }

    [JsonPropertyName("calendars")]
    public IReadOnlyDictionary<string, GoogleFreeBusyCalendar>? Calendars { get; set; }
}
