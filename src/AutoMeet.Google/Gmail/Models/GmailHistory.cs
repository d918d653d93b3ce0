using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>History</c> record.</summary>
internal sealed record GmailHistory
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("messagesAdded")]
    public IReadOnlyList<GmailHistoryMessageAdded>? MessagesAdded { get; init; }
}
