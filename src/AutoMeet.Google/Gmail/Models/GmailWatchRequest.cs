using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>WatchRequest</c>.</summary>
internal sealed record GmailWatchRequest
{
    [JsonPropertyName("topicName")]
    public string? TopicName { get; init; }

    [JsonPropertyName("labelIds")]
    public IReadOnlyList<string>? LabelIds { get; init; }

    /// <summary><c>include</c> or <c>exclude</c> (replaces the deprecated <c>labelFilterAction</c>).</summary>
    [JsonPropertyName("labelFilterBehavior")]
    public string? LabelFilterBehavior { get; init; }
}
