using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Gmail's <c>MessagePart</c> (only the headers are read, from <c>format=metadata</c>).</summary>
internal sealed record GmailMessagePart
{
    [JsonPropertyName("mimeType")]
    public string? MimeType { get; init; }

    [JsonPropertyName("headers")]
    public IReadOnlyList<GmailMessagePartHeader>? Headers { get; init; }
}
