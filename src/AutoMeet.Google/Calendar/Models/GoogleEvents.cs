using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A page of <c>events.list</c> (discovery schema <c>Events</c>).</summary>
internal sealed class GoogleEvents
{
    [JsonPropertyName("items")]
    public IReadOnlyList<GoogleEvent>? Items { get; set; }

    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; set; }

    [JsonPropertyName("nextSyncToken")]
    public string? NextSyncToken { get; set; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; set; }
}
