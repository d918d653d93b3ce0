using System.Text.Json.Serialization;

namespace AutoMeet.Google.OAuth;

/// <summary>Source-generated JSON for the OAuth flow's own payloads.</summary>
[JsonSerializable(typeof(OAuthStatePayload))]
[JsonSerializable(typeof(IdTokenClaims))]
internal sealed partial class OAuthJsonContext : JsonSerializerContext;
