using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Samples.Tests.Web.Google;

/// <summary>
/// Stands in for Google's <c>oauth2/v3/certs</c> on 127.0.0.1 (random port): publishes a local RSA key as a JWKS and
/// signs Pub/Sub-style OIDC tokens with it.
/// </summary>
public sealed class JwksServer : IAsyncDisposable
{
    public const string Audience = "https://app.example.com/webhooks/gmail";
    public const string ServiceAccount = "push-invoker@automeet-test.iam.gserviceaccount.com";
    private const string KeyId = "samples-test-key";
    private readonly WebApplication _app;

    private JwksServer(WebApplication app) => _app = app;

    /// <summary>Gets the published key: one for every instance, since Google.Apis.Auth caches keys per URL for an hour and ports get reused.</summary>
    public static RSA Key { get; } = RSA.Create(2048);

    public Uri CertificatesUrl { get; private set; } = null!;

    public static async Task<JwksServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new JwksServer(app);
        app.MapGet("/oauth2/v3/certs", () =>
        {
            var key = Key.ExportParameters(includePrivateParameters: false);
            return Results.Json(new { keys = new[] { new { kid = KeyId, kty = "RSA", alg = "RS256", use = "sig", n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) } } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.CertificatesUrl = new Uri(address.TrimEnd('/') + "/oauth2/v3/certs");
        return server;
    }

    /// <summary>Signs a token (RS256) as Pub/Sub's push service would, with this server's key unless another is given.</summary>
    public static string Sign(string audience = Audience, DateTimeOffset? issuedAt = null, RSA? key = null)
    {
        var iat = issuedAt ?? TimeProvider.System.GetUtcNow();
        var header = Part(new { alg = "RS256", kid = KeyId, typ = "JWT" });
        var payload = Part(new
        {
            aud = audience,
            email = ServiceAccount,
            email_verified = true,
            exp = iat.AddHours(1).ToUnixTimeSeconds(),
            iat = iat.ToUnixTimeSeconds(),
            iss = "https://accounts.google.com",
            sub = "1234567890",
        });
        var signature = (key ?? Key).SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>A Pub/Sub push body carrying Gmail's notification (data is standard base64, as Pub/Sub sends it).</summary>
    public static StringContent GmailBody(string emailAddress, ulong historyId) => new(
        JsonSerializer.Serialize(new
        {
            message = new
            {
                data = Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""{"emailAddress":"{{emailAddress}}","historyId":{{historyId}}}""")),
                messageId = "2070443601311540",
                publishTime = "2026-11-26T09:00:00.000Z",
            },
            subscription = "projects/automeet-test/subscriptions/gmail-push",
        }),
        Encoding.UTF8,
        "application/json");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
