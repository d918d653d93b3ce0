using System.Text.Json.Serialization;

namespace AutoMeet.Replies.Ai;

/// <summary>The model's availability answer, exactly as the JSON schema describes it (untrusted until validated).</summary>
internal sealed class AiAvailabilityPayload
{
    [JsonPropertyName("kind")]
    [JsonRequired]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("windows")]
    [JsonRequired]
    public List<AiWindowPayload> Windows { get; set; } = [];
}
