using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>The body of Google's JSON error envelope.</summary>
internal sealed record GmailError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("errors")] IReadOnlyList<GmailErrorItem>? Errors);
