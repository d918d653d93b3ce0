using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A way to join a conference (discovery schema <c>EntryPoint</c>).</summary>
internal sealed class GoogleEntryPoint
{
    [JsonPropertyName("entryPointType")]
    public string? EntryPointType { get; set; }

    [JsonPropertyName("uri")]
    public string? Uri { get; set; }
}
