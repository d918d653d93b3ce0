using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A busy period (discovery schema <c>TimePeriod</c>).</summary>
internal sealed class GoogleTimePeriod
{
    [JsonPropertyName("start")]
    public string? Start { get; set; }

    [JsonPropertyName("end")]
    public string? End { get; set; }
}
