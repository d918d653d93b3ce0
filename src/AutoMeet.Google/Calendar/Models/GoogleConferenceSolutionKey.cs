using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The kind of conference (<c>hangoutsMeet</c>) (discovery schema <c>ConferenceSolutionKey</c>).</summary>
internal sealed class GoogleConferenceSolutionKey
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
