using System.Buffers.Text;
using System.Text.Json;
using AutoMeet.Google.Internal;
using Google.Apis.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Push;

/// <summary>
/// Authenticates Pub/Sub push requests (Gmail notifications) by their OIDC token, <c>Authorization: Bearer &lt;JWT&gt;</c>:
/// signed RS256 by a key of <see cref="GooglePushOptions.CertificatesUrl"/>, issued by <c>accounts.google.com</c> for
/// <see cref="GooglePushOptions.PubSubAudience"/>, naming <see cref="GooglePushOptions.PubSubServiceAccountEmail"/> with a
/// verified e-mail, and current. The checks are Google.Apis.Auth's (<see cref="JsonWebSignature.VerifySignedTokenAsync(string, SignedTokenVerificationOptions, CancellationToken)"/>).
/// </summary>
/// <remarks>
/// Thread-safe; register as a singleton (Google.Apis.Auth caches the keys per URL and refreshes them hourly). A webhook
/// answers 401 to anything but <see cref="PubSubPushStatus.Valid"/>. A failure to fetch the keys is thrown
/// (<see cref="HttpRequestException"/>), so the webhook answers 5xx and Pub/Sub retries.
/// </remarks>
public sealed class PubSubPushVerifier
{
    /// <summary>The issuers Google's OIDC tokens carry.</summary>
    public static readonly IReadOnlyList<string> TrustedIssuers = ["https://accounts.google.com", "accounts.google.com"];

    private const string BearerPrefix = "Bearer ";
    private readonly GooglePushOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="PubSubPushVerifier"/> class.</summary>
    /// <param name="options">The Google options (<see cref="GoogleOptions.Push"/>).</param>
    /// <param name="time">The time used to say why a token was rejected (Google.Apis.Auth itself checks lifetimes against the system clock).</param>
    /// <param name="logger">The logger, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="time"/> is <see langword="null"/>.</exception>
    public PubSubPushVerifier(IOptions<GoogleOptions> options, TimeProvider time, ILogger<PubSubPushVerifier>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value.Push;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Checks the token of a push request.</summary>
    /// <param name="authorizationHeader">The request's <c>Authorization</c> header, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the key fetch.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="HttpRequestException">Google's keys could not be fetched.</exception>
    public async Task<PubSubPushVerification> VerifyAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        var status = await CheckAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
        if (status != PubSubPushStatus.Valid)
        {
            GoogleLog.PushRejected(_logger, status);
        }

        return new PubSubPushVerification(status);
    }

    private async Task<PubSubPushStatus> CheckAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || authorizationHeader[BearerPrefix.Length..].Trim() is not { Length: > 0 } token)
        {
            return PubSubPushStatus.MissingToken;
        }

        if (string.IsNullOrWhiteSpace(_options.PubSubAudience) || string.IsNullOrWhiteSpace(_options.PubSubServiceAccountEmail))
        {
            return PubSubPushStatus.NotConfigured;
        }

        if (ReadClaims(token) is not { } claims)
        {
            return PubSubPushStatus.Malformed;
        }

        var settings = new SignedTokenVerificationOptions
        {
            CertificatesUrl = _options.CertificatesUrl.AbsoluteUri,
            IssuedAtClockTolerance = _options.ClockTolerance,
            ExpiryClockTolerance = _options.ClockTolerance,
        };
        settings.TrustedAudiences.Add(_options.PubSubAudience);
        foreach (var issuer in TrustedIssuers)
        {
            settings.TrustedIssuers.Add(issuer);
        }

        GoogleJsonWebSignature.Payload payload;
        try
        {
            payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(token, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidJwtException)
        {
            return Classify(claims);
        }

        var expected = _options.PubSubServiceAccountEmail.Trim();
        return payload.EmailVerified && string.Equals(payload.Email, expected, StringComparison.OrdinalIgnoreCase)
            ? PubSubPushStatus.Valid
            : PubSubPushStatus.WrongServiceAccount;
    }

    /// <summary>Says why Google.Apis.Auth rejected a token, from its (unverified) claims; only used for the answer and the log.</summary>
    private PubSubPushStatus Classify(JwtClaims claims)
    {
        if (claims.Issuer is null || !TrustedIssuers.Contains(claims.Issuer, StringComparer.Ordinal))
        {
            return PubSubPushStatus.WrongIssuer;
        }

        var audiences = claims.Audience.ValueKind switch
        {
            JsonValueKind.String => [claims.Audience.GetString()],
            JsonValueKind.Array => claims.Audience.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null).ToArray(),
            _ => Array.Empty<string?>(),
        };
        if (!audiences.Contains(_options.PubSubAudience, StringComparer.Ordinal))
        {
            return PubSubPushStatus.WrongAudience;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var tolerance = (long)_options.ClockTolerance.TotalSeconds;
        return claims.ExpiresAt is not { } exp || exp + tolerance < now || claims.IssuedAt - tolerance > now
            ? PubSubPushStatus.Expired
            : PubSubPushStatus.InvalidSignature;
    }

    private static JwtClaims? ReadClaims(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            return header.RootElement.ValueKind == JsonValueKind.Object
                ? JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), PushJsonContext.Default.JwtClaims)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
