using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Google's JSON error envelope: <c>{"error":{"code","message","status","errors":[{"reason"}]}}</c>.</summary>
internal sealed record GmailErrorResponse([property: JsonPropertyName("error")] GmailError? Error);
