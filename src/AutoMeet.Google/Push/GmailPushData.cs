using System.Text.Json.Serialization;

namespace AutoMeet.Google.Push;

/// <summary>What Gmail publishes: the mailbox and its history id (a string or a number).</summary>
internal sealed record GmailPushData
{
    [JsonPropertyName("emailAddress")]
    public string? EmailAddress { get; init; }

    [JsonPropertyName("historyId")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public ulong HistoryId { get; init; }
}
