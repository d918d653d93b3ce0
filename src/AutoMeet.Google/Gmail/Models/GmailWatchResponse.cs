using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>WatchResponse</c>: the current history id and when the watch ends (epoch milliseconds, as a string).</summary>
internal sealed record GmailWatchResponse
{
    [JsonPropertyName("historyId")]
    public string? HistoryId { get; init; }

    [JsonPropertyName("expiration")]
    public string? Expiration { get; init; }
}
