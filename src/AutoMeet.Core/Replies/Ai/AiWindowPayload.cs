using System.Text.Json.Serialization;

namespace AutoMeet.Replies.Ai;

/// <summary>One window of the model's availability answer: local ISO times in an IANA zone.</summary>
internal sealed class AiWindowPayload
{
    [JsonPropertyName("start")]
    [JsonRequired]
    public string Start { get; set; } = string.Empty;

    [JsonPropertyName("end")]
    [JsonRequired]
    public string End { get; set; } = string.Empty;

    [JsonPropertyName("tz")]
    [JsonRequired]
    public string Tz { get; set; } = string.Empty;
}
