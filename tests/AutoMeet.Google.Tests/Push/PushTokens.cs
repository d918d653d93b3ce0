using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AutoMeet.Google.Tests.Push;

/// <summary>Signs Pub/Sub-style OIDC tokens (RS256) with a local key, the way Google's push service does.</summary>
internal static class PushTokens
{
    public const string Audience = "https://app.example.com/webhooks/gmail";
    public const string ServiceAccount = "push-invoker@automeet-test.iam.gserviceaccount.com";

    public static string Sign(
        RSA key,
        string audience = Audience,
        string email = ServiceAccount,
        string issuer = "https://accounts.google.com",
        DateTimeOffset? issuedAt = null,
        TimeSpan? lifetime = null,
        bool emailVerified = true,
        string keyId = Fakes.FakeGoogleServer.PushKeyId)
    {
        var iat = issuedAt ?? TimeProvider.System.GetUtcNow();
        var header = Part(new { alg = "RS256", kid = keyId, typ = "JWT" });
        var payload = Part(new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["azp"] = "1234567890",
            ["email"] = email,
            ["email_verified"] = emailVerified,
            ["exp"] = (iat + (lifetime ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds(),
            ["iat"] = iat.ToUnixTimeSeconds(),
            ["iss"] = issuer,
            ["sub"] = "1234567890",
        });
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    public static string Unsigned(string audience = Audience, string email = ServiceAccount)
    {
        var now = TimeProvider.System.GetUtcNow();
        var header = Part(new { alg = "none", typ = "JWT" });
        var payload = Part(new { aud = audience, email, email_verified = true, iss = "https://accounts.google.com", iat = now.ToUnixTimeSeconds(), exp = now.AddHours(1).ToUnixTimeSeconds() });
        return $"{header}.{payload}.";
    }

    /// <summary>A Pub/Sub push body whose data is Gmail's notification, base64 as Pub/Sub sends it.</summary>
    public static string GmailBody(string emailAddress, ulong historyId) =>
        JsonSerializer.Serialize(new
        {
            message = new
            {
                data = Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""{"emailAddress":"{{emailAddress}}","historyId":{{historyId}}}""")),
                messageId = "2070443601311540",
                publishTime = "2026-11-26T09:00:00.000Z",
            },
            subscription = "projects/automeet-test/subscriptions/gmail-push",
        });

    private static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
