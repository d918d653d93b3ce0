using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>Message</c> resource (the fields AutoMeet uses; names as in the discovery document).</summary>
internal sealed record GmailMessage
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }

    [JsonPropertyName("labelIds")]
    public IReadOnlyList<string>? LabelIds { get; init; }

    [JsonPropertyName("raw")]
    public string? Raw { get; init; }

    [JsonPropertyName("historyId")]
    public string? HistoryId { get; init; }

    [JsonPropertyName("internalDate")]
    public string? InternalDate { get; init; }

    [JsonPropertyName("payload")]
    public GmailMessagePart? Payload { get; init; }
}
