using System.Security.Cryptography;
using System.Text;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Derives, from a booking's idempotency key, the values that make event creation safe to retry: the event id (Google
/// refuses a second event with it), the Meet <c>requestId</c> (Google ignores a repeated one) and a private extended property.
/// </summary>
internal static class CalendarIdempotency
{
    /// <summary>The private extended property that records which booking an event belongs to.</summary>
    public const string PropertyName = "autoMeetKey";

    private const string Base32Hex = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>Returns the event id: 32 characters of lowercase base32hex (Google allows <c>a-v</c> and <c>0-9</c>, 5–1024 long).</summary>
    public static string EventId(string idempotencyKey) => "am" + Encode(Hash("event", idempotencyKey), 20)[..30];

    /// <summary>Returns the conference create request's id.</summary>
    public static string RequestId(string idempotencyKey) => "automeet-" + Convert.ToHexStringLower(Hash("meet", idempotencyKey).AsSpan(0, 16));

    /// <summary>Returns the value of <see cref="PropertyName"/>: a hash, so the key itself never leaves AutoMeet.</summary>
    public static string PropertyValue(string idempotencyKey) => Convert.ToHexStringLower(Hash("key", idempotencyKey).AsSpan(0, 16));

    private static byte[] Hash(string label, string key) => SHA256.HashData(Encoding.UTF8.GetBytes($"automeet.calendar.{label}\n{key}"));

    private static string Encode(byte[] bytes, int count)
    {
        var builder = new StringBuilder((count * 8 / 5) + 1);
        int buffer = 0, bits = 0;
        for (var i = 0; i < count; i++)
        {
            buffer = (buffer << 8) | bytes[i];
            bits += 8;
            while (bits >= 5)
            {
                builder.Append(Base32Hex[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return builder.ToString();
    }
}
