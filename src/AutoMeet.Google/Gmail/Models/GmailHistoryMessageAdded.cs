using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>HistoryMessageAdded</c>.</summary>
internal sealed record GmailHistoryMessageAdded(
    [property: JsonPropertyName("message")] GmailMessage? Message);
