using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>
/// Computes an audit entry's hash: SHA-256 (lower-case hex) over a canonical encoding of its content and previous hash.
/// Every field is written as a 4-byte big-endian length followed by its UTF-8 bytes (length -1 for a null detail), so no
/// two different entries share an encoding. The instant is written as Unix microseconds, the precision every store keeps.
/// </summary>
internal static class AuditHasher
{
    private const string Version = "automeet-audit-v1";

    /// <summary>Truncates an instant to whole microseconds, so it survives a round trip through any store.</summary>
    public static Instant ToStoredPrecision(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks - (((ticks % 10) + 10) % 10));
    }

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        Write(buffer, Version);
        Write(buffer, entry.OwnerId.Value);
        Write(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Write(buffer, (entry.OccurredAt.ToUnixTimeTicks() / 10).ToString(CultureInfo.InvariantCulture));
        Write(buffer, ((int)entry.ActorKind).ToString(CultureInfo.InvariantCulture));
        Write(buffer, entry.ActorId);
        Write(buffer, entry.Action);
        Write(buffer, entry.EntityType);
        Write(buffer, entry.EntityId);
        Write(buffer, entry.Detail);
        Write(buffer, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static void Write(MemoryStream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
