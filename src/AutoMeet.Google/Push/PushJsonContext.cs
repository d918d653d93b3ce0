using System.Text.Json.Serialization;

namespace AutoMeet.Google.Push;

/// <summary>Source-generated JSON for push payloads.</summary>
[JsonSerializable(typeof(PubSubPushEnvelope))]
[JsonSerializable(typeof(GmailPushData))]
[JsonSerializable(typeof(JwtClaims))]
internal sealed partial class PushJsonContext : JsonSerializerContext;
