using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>Profile</c>.</summary>
internal sealed record GmailProfile
{
    [JsonPropertyName("emailAddress")]
    public string? EmailAddress { get; init; }

    [JsonPropertyName("historyId")]
    public string? HistoryId { get; init; }
}
