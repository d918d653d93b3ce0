using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoMeet.Json;

/// <summary>Writes <see cref="UserId"/> values as plain strings in JSON.</summary>
public sealed class UserIdJsonConverter : JsonConverter<UserId>
{
    /// <inheritdoc/>
    public override UserId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > UserId.MaxLength)
        {
            throw new JsonException($"A user id must be a non-blank string of at most {UserId.MaxLength} characters.");
        }

        return new UserId(text);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UserId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
