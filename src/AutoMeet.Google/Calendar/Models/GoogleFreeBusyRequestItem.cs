using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A calendar to query (discovery schema <c>FreeBusyRequestItem</c>).</summary>
internal sealed class GoogleFreeBusyRequestItem
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
