using System.Text.Json.Serialization;

namespace AutoMeet.Google.OAuth;

/// <summary>The OpenID Connect claims read from the token endpoint's <c>id_token</c>.</summary>
internal sealed record IdTokenClaims(
    [property: JsonPropertyName("sub")] string? Subject,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("email_verified")] bool? EmailVerified,
    [property: JsonPropertyName("name")] string? Name);
