using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>
/// The default <see cref="ILinkSigner"/>. The MAC is HMAC-SHA256 over <c>v1.{keyId}.{payload}</c>, compared in constant
/// time; the payload is compact JSON <c>{"p":purpose,"s":[subjects],"e":unixSeconds}</c>.
/// </summary>
internal sealed class HmacLinkSigner : ILinkSigner
{
    private const string Version = "v1";

    private readonly LinkKeyRing _ring;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public HmacLinkSigner(IOptions<LinkSigningOptions> options, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<HmacLinkSigner>();
        _ring = LinkKeyRing.From(options.Value);
        if (_ring.IsEphemeral)
        {
            ComplianceLog.UsingEphemeralLinkKey(_logger, _ring.ActiveKeyId);
        }
    }

    public string Sign(LinkTokenPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload.Purpose, nameof(payload));
        ArgumentNullException.ThrowIfNull(payload.Subjects, nameof(payload));
        if (payload.Subjects.Any(s => s is null))
        {
            throw new ArgumentException("A link token subject is null.", nameof(payload));
        }

        var body = Base64Url.EncodeToString(LinkTokenCodec.Encode(payload));
        var signed = $"{Version}.{_ring.ActiveKeyId}.{body}";
        return $"{signed}.{Base64Url.EncodeToString(Mac(_ring.ActiveKey, signed))}";
    }

    public LinkVerification Verify(string? token, string expectedPurpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedPurpose);
        var result = VerifyCore(token, expectedPurpose);
        if (!result.IsValid)
        {
            ComplianceLog.LinkRejected(_logger, result.Status);
        }

        return result;
    }

    private static byte[] Mac(byte[] key, string signed) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signed));

    private LinkVerification VerifyCore(string? token, string expectedPurpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096 || !token.StartsWith(Version + ".", StringComparison.Ordinal))
        {
            return new(LinkVerificationStatus.Malformed, null);
        }

        var macSeparator = token.LastIndexOf('.');
        var bodySeparator = macSeparator > 0 ? token.LastIndexOf('.', macSeparator - 1) : -1;
        if (bodySeparator <= Version.Length || macSeparator == token.Length - 1 || macSeparator == bodySeparator + 1)
        {
            return new(LinkVerificationStatus.Malformed, null);
        }

        var keyId = token[(Version.Length + 1)..bodySeparator];
        var signed = token[..macSeparator];
        var macText = token[(macSeparator + 1)..];
        if (!LinkKeyRing.IsValidKeyId(keyId) || !Base64Url.IsValid(macText) || !Base64Url.IsValid(token.AsSpan(bodySeparator + 1, macSeparator - bodySeparator - 1)))
        {
            return new(LinkVerificationStatus.Malformed, null);
        }

        if (!_ring.TryGetKey(keyId, out var key) || !CryptographicOperations.FixedTimeEquals(Mac(key, signed), Base64Url.DecodeFromChars(macText)))
        {
            return new(LinkVerificationStatus.BadSignature, null);
        }

        // Authentic from here on: a payload we cannot read was still signed by us, so it is reported as malformed.
        var payload = LinkTokenCodec.TryDecode(Base64Url.DecodeFromChars(token.AsSpan(bodySeparator + 1, macSeparator - bodySeparator - 1)));
        if (payload is null)
        {
            return new(LinkVerificationStatus.Malformed, null);
        }

        if (!string.Equals(payload.Purpose, expectedPurpose, StringComparison.Ordinal))
        {
            return new(LinkVerificationStatus.WrongPurpose, payload);
        }

        return _clock.GetCurrentInstant() >= payload.ExpiresAt
            ? new(LinkVerificationStatus.Expired, payload)
            : new(LinkVerificationStatus.Valid, payload);
    }
}
