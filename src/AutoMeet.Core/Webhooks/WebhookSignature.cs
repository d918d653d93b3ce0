using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoMeet.Webhooks;

/// <summary>
/// Signs webhook bodies and verifies signatures; receivers can call <see cref="Verify(string, string?, string, DateTimeOffset, TimeSpan)"/>.
/// The header is <c>AutoMeet-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>; several
/// <c>v1</c> values may appear (one per secret while a secret is rotated), any of them may match.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The name of the signature header.</summary>
    public const string HeaderName = "AutoMeet-Signature";

    /// <summary>The name of the header carrying the event id (its position in the log); receivers deduplicate on it.</summary>
    public const string EventIdHeaderName = "AutoMeet-Event-Id";

    /// <summary>The name of the header carrying the event type.</summary>
    public const string EventTypeHeaderName = "AutoMeet-Event-Type";

    /// <summary>The name of the header carrying the attempt number, from 1.</summary>
    public const string AttemptHeaderName = "AutoMeet-Delivery-Attempt";

    /// <summary>The tolerance receivers should allow between the signed timestamp and their clock: 5 minutes.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Computes the header value for a body signed at a given time.</summary>
    /// <param name="secret">The subscription's secret.</param>
    /// <param name="body">The exact bytes of the request body.</param>
    /// <param name="timestamp">The signing time.</param>
    /// <returns>The header value, <c>t=…,v1=…</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank.</exception>
    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var t = timestamp.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}");
    }

    /// <summary>Verifies a signature header against a body (UTF-8 text) and the receiver's clock.</summary>
    /// <param name="secret">The subscription's secret.</param>
    /// <param name="header">The <see cref="HeaderName"/> header as received, or <see langword="null"/>.</param>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="now">The receiver's current time.</param>
    /// <param name="tolerance">How far the signed timestamp may be from <paramref name="now"/> (either way), against replays.</param>
    /// <returns><see langword="true"/> if a <c>v1</c> value matches and the timestamp is within tolerance.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Verify(secret, header, Encoding.UTF8.GetBytes(body), now, tolerance);
    }

    /// <summary>Verifies a signature header against the raw body bytes and the receiver's clock.</summary>
    /// <param name="secret">The subscription's secret.</param>
    /// <param name="header">The <see cref="HeaderName"/> header as received, or <see langword="null"/>.</param>
    /// <param name="body">The request body bytes exactly as received.</param>
    /// <param name="now">The receiver's current time.</param>
    /// <param name="tolerance">How far the signed timestamp may be from <paramref name="now"/> (either way), against replays.</param>
    /// <returns><see langword="true"/> if a <c>v1</c> value matches and the timestamp is within tolerance.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public static bool Verify(string secret, string? header, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(tolerance, TimeSpan.Zero);
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        long? timestamp = null;
        var candidates = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var key = part[..separator];
            var value = part[(separator + 1)..];
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (key == "v1" && value.Length == 64 && IsHex(value))
            {
                candidates.Add(Convert.FromHexString(value));
            }
        }

        if (timestamp is not { } signedAt || candidates.Count == 0
            || Math.Abs(now.ToUnixTimeSeconds() - (double)signedAt) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Mac(secret, signedAt, body);
        var match = false;
        foreach (var candidate in candidates)
        {
            match |= CryptographicOperations.FixedTimeEquals(expected, candidate);
        }

        return match;
    }

    private static byte[] Mac(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
