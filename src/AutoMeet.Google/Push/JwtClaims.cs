using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoMeet.Google.Push;

/// <summary>The claims read (unverified) from a rejected token, only to say why it was rejected.</summary>
internal sealed record JwtClaims
{
    [JsonPropertyName("iss")]
    public string? Issuer { get; init; }

    [JsonPropertyName("aud")]
    public JsonElement Audience { get; init; }

    [JsonPropertyName("exp")]
    public long? ExpiresAt { get; init; }

    [JsonPropertyName("iat")]
    public long? IssuedAt { get; init; }
}
