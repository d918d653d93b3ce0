using System.Text.Json.Serialization;

namespace AutoMeet.Google.OAuth;

/// <summary>What the encrypted <c>state</c> parameter carries between the consent redirect and the callback.</summary>
internal sealed record OAuthStatePayload(
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("f")] int Features,
    [property: JsonPropertyName("v")] string CodeVerifier,
    [property: JsonPropertyName("e")] long ExpiresAtUnixMs,
    [property: JsonPropertyName("n")] string Nonce);
