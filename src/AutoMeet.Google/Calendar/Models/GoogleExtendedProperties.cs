using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The extended properties of an event (discovery schema <c>Event.extendedProperties</c>).</summary>
internal sealed class GoogleExtendedProperties
{
    [JsonPropertyName("private")]
    public IReadOnlyDictionary<string, string>? Private { get; set; }
}
