using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The body of <c>freeBusy.query</c> (discovery schema <c>FreeBusyRequest</c>).</summary>
internal sealed class GoogleFreeBusyRequest
{
    [JsonPropertyName("timeMin")]
    public string? TimeMin { get; set; }

    [JsonPropertyName("timeMax")]
    public string? TimeMax { get; set; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; set; }

    [JsonPropertyName("calendarExpansionMax")]
    public int? CalendarExpansionMax { get; set; }

    [JsonPropertyName("items")]
    public IReadOnlyList<GoogleFreeBusyRequestItem>? Items { get; set; }
}
