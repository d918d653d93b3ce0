using System.Text.Json.Serialization;

namespace AutoMeet.Google.Push;

/// <summary>The body of a Pub/Sub push request.</summary>
internal sealed record PubSubPushEnvelope
{
    [JsonPropertyName("message")]
    public PubSubPushMessage? Message { get; init; }

    [JsonPropertyName("subscription")]
    public string? Subscription { get; init; }
}
