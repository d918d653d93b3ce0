using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Deep-copies entities (with their children), so that callers and tables never share an instance.</summary>
internal static class EntityCopy
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static T Of<T>(T entity)
        where T : class =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(entity, Options), Options)
            ?? throw new InvalidOperationException($"Copying a {typeof(T).Name} returned null.");

    public static T? OrNull<T>(T? entity)
        where T : class => entity is null ? null : Of(entity);

    public static IReadOnlyList<T> All<T>(IEnumerable<T> entities)
        where T : class => [.. entities.Select(Of)];
}
