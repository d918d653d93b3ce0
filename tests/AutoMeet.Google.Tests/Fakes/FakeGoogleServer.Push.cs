using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>
/// Push: Gmail's <c>users.watch</c> (a topic per mailbox, expiring after 7 days) and the JSON Web Key Set that signs
/// Pub/Sub's OIDC tokens (a local RSA key, so tests can sign tokens the verifier accepts).
/// </summary>
public sealed partial class FakeGoogleServer
{
    private readonly List<(string Topic, string[] LabelIds, string? Behavior)> _watches = [];

    /// <summary>
    /// Gets the key the fake's JWKS publishes (kid <see cref="PushKeyId"/>). One key for every fake: Google.Apis.Auth
    /// caches keys per URL for an hour, so a later fake on a reused port must publish the same key.
    /// </summary>
    public static RSA PushSigningKey { get; } = RSA.Create(2048);

    public const string PushKeyId = "fake-push-key";

    /// <summary>Gets the JWKS URL (<c>oauth2/v3/certs</c>, like Google's).</summary>
    public Uri CertificatesUrl => new(BaseUri, "oauth2/v3/certs");

    public IReadOnlyList<(string Topic, string[] LabelIds, string? Behavior)> GmailWatches
    {
        get
        {
            lock (_gate)
            {
                return [.. _watches];
            }
        }
    }

    private void MapPushRoutes() => _app.MapGet("/oauth2/v3/certs", async (HttpContext context) =>
    {
        await BeginAsync(context, "certs");
        var key = PushSigningKey.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kid = PushKeyId, kty = "RSA", alg = "RS256", use = "sig", n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) },
            },
        });
    });

    private IResult WatchMailbox(HttpContext context, string body)
    {
        using var json = JsonDocument.Parse(body);
        var topic = json.RootElement.TryGetProperty("topicName", out var t) ? t.GetString() : null;
        if (topic is null || !topic.StartsWith("projects/", StringComparison.Ordinal) || !topic.Contains("/topics/", StringComparison.Ordinal))
        {
            return Error(400, "invalidArgument", "Invalid topicName does not match projects/*/topics/*");
        }

        var labels = json.RootElement.TryGetProperty("labelIds", out var l) ? l.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        var behavior = json.RootElement.TryGetProperty("labelFilterBehavior", out var b) ? b.GetString() : null;
        lock (_gate)
        {
            _watches.Add((topic, labels, behavior));
            return Results.Json(new
            {
                historyId = _historyId.ToString(CultureInfo.InvariantCulture),
                expiration = TimeProvider.System.GetUtcNow().AddDays(7).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            });
        }
    }
}
