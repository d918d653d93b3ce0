using System.Text.Json.Serialization;

namespace AutoMeet.Google.Push;

/// <summary>The Pub/Sub message inside a push request.</summary>
internal sealed record PubSubPushMessage
{
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    [JsonPropertyName("messageId")]
    public string? MessageId { get; init; }

    [JsonPropertyName("publishTime")]
    public string? PublishTime { get; init; }
}
