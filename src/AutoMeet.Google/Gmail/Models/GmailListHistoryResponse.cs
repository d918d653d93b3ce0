using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>ListHistoryResponse</c>.</summary>
internal sealed record GmailListHistoryResponse
{
    [JsonPropertyName("history")]
    public IReadOnlyList<GmailHistory>? History { get; init; }

    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("historyId")]
    public string? HistoryId { get; init; }
}
