using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Security;
using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>
/// Issues and checks the OAuth <c>state</c>: the payload (user, features, PKCE verifier, expiry, nonce) is encrypted and
/// authenticated with <see cref="ISecretProtector"/> (AES-GCM), then base64url-encoded. Forged, altered, expired or
/// another user's states are rejected.
/// </summary>
internal static class OAuthState
{
    public static string Issue(ISecretProtector protector, UserId userId, GoogleFeatures features, string codeVerifier, Instant expiresAt)
    {
        var payload = new OAuthStatePayload(userId.Value, (int)features, codeVerifier, expiresAt.ToUnixTimeMilliseconds(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var json = JsonSerializer.Serialize(payload, OAuthJsonContext.Default.OAuthStatePayload);
        var secret = protector.Protect(json, SecretPurposes.OAuthState);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(secret.CipherText));
    }

    public static OAuthStatePayload Verify(ISecretProtector protector, string state, UserId userId, Instant now)
    {
        OAuthStatePayload? payload;
        try
        {
            var cipherText = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(state));
            var json = protector.Unprotect(new EncryptedSecret(cipherText), SecretPurposes.OAuthState);
            payload = JsonSerializer.Deserialize(json, OAuthJsonContext.Default.OAuthStatePayload);
        }
        catch (Exception ex) when (ex is FormatException or SecretProtectionException or JsonException)
        {
            throw new GoogleAuthorizationException("The OAuth state is not one AutoMeet issued (forged, altered or issued under a key no longer in the ring).", ex);
        }

        if (payload is null)
        {
            throw new GoogleAuthorizationException("The OAuth state is empty.");
        }

        if (Instant.FromUnixTimeMilliseconds(payload.ExpiresAtUnixMs) < now)
        {
            throw new GoogleAuthorizationException("The OAuth state has expired; start the connection again.");
        }

        if (!string.Equals(payload.UserId, userId.Value, StringComparison.Ordinal))
        {
            throw new GoogleAuthorizationException("The OAuth state was issued to another user than the one completing the callback.");
        }

        return payload;
    }
}
