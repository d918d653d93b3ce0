using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>ListMessagesResponse</c>.</summary>
internal sealed record GmailListMessagesResponse
{
    [JsonPropertyName("messages")]
    public IReadOnlyList<GmailMessage>? Messages { get; init; }

    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("resultSizeEstimate")]
    public long? ResultSizeEstimate { get; init; }
}
