using System.Text.Json.Serialization;

namespace AutoMeet.Google.Gmail.Models;

/// <summary>Source-generated JSON for the Gmail REST models.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GmailMessage))]
[JsonSerializable(typeof(GmailListMessagesResponse))]
[JsonSerializable(typeof(GmailListHistoryResponse))]
[JsonSerializable(typeof(GmailProfile))]
[JsonSerializable(typeof(GmailErrorResponse))]
[JsonSerializable(typeof(GmailWatchRequest))]
[JsonSerializable(typeof(GmailWatchResponse))]
internal sealed partial class GmailJsonContext : JsonSerializerContext;
