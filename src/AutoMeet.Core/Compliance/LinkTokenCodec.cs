using System.Text.Json;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>Writes and reads the compact JSON payload of a link token.</summary>
internal static class LinkTokenCodec
{
    public static byte[] Encode(LinkTokenPayload payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("p", payload.Purpose);
            writer.WriteStartArray("s");
            foreach (var subject in payload.Subjects)
            {
                writer.WriteStringValue(subject);
            }

            writer.WriteEndArray();
            writer.WriteNumber("e", payload.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static LinkTokenPayload? TryDecode(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("p", out var purpose) || purpose.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("s", out var subjects) || subjects.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("e", out var expires) || !expires.TryGetInt64(out var seconds))
            {
                return null;
            }

            var list = new List<string>();
            foreach (var subject in subjects.EnumerateArray())
            {
                if (subject.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                list.Add(subject.GetString()!);
            }

            return new LinkTokenPayload(purpose.GetString()!, list, Instant.FromUnixTimeSeconds(seconds));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
