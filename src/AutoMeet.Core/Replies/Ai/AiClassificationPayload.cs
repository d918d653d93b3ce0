using System.Text.Json.Serialization;

namespace AutoMeet.Replies.Ai;

/// <summary>The model's classification answer, exactly as the JSON schema describes it (untrusted until validated).</summary>
internal sealed class AiClassificationPayload
{
    [JsonPropertyName("category")]
    [JsonRequired]
    public string Category { get; set; } = string.Empty;

    [JsonPropertyName("objection")]
    [JsonRequired]
    public string Objection { get; set; } = string.Empty;

    [JsonPropertyName("sentiment")]
    [JsonRequired]
    public double Sentiment { get; set; }

    [JsonPropertyName("confidence")]
    [JsonRequired]
    public double Confidence { get; set; }
}
