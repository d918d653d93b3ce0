using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoMeet.Json;

/// <summary>Writes <see cref="Id{TEntity}"/> values as plain GUID strings in JSON.</summary>
public sealed class IdJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Id<>);
    }

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var converterType = typeof(IdJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]);
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }

    private sealed class IdJsonConverter<TEntity> : JsonConverter<Id<TEntity>>
        where TEntity : class
    {
        public override Id<TEntity> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var guid)
                ? new Id<TEntity>(guid)
                : throw new JsonException($"A {typeof(TEntity).Name} id must be a GUID string.");

        public override void Write(Utf8JsonWriter writer, Id<TEntity> value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
