using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>One entry of Google's error list (<c>reason</c> such as <c>userRateLimitExceeded</c>).</summary>
internal sealed record GmailErrorItem(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("message")] string? Message);
