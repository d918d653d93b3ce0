using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>Converters and comparers that store small collections as JSON text.</summary>
internal static class JsonColumns
{
    public static ValueConverter<IDictionary<string, string>, string> DictionaryConverter { get; } = new(
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
        json => DeserializeDictionary(json));

    public static ValueComparer<IDictionary<string, string>> DictionaryComparer { get; } = new(
        (left, right) => DictionaryEquals(left, right),
        value => DictionaryHash(value),
        value => new Dictionary<string, string>(value, StringComparer.Ordinal));

    public static ValueConverter<IList<string>, string> ListConverter { get; } = new(
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
        json => DeserializeList(json));

    public static ValueComparer<IList<string>> ListComparer { get; } = new(
        (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
        value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        value => value.ToList());

    /// <summary>Intervals as <c>[{"start":"…","end":"…"}]</c> with ISO instants (nanosecond precision), in order.</summary>
    public static ValueConverter<IList<Interval>, string> IntervalListConverter { get; } = new(
        value => SerializeIntervals(value),
        json => DeserializeIntervals(json));

    public static ValueComparer<IList<Interval>> IntervalListComparer { get; } = new(
        (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
        value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        value => value.ToList());

    private static string SerializeIntervals(IList<Interval> value) =>
        JsonSerializer.Serialize(
            value.Select(i => new IntervalJson(InstantPattern.ExtendedIso.Format(i.Start), InstantPattern.ExtendedIso.Format(i.End))).ToList(),
            JsonSerializerOptions.Default);

    private static List<Interval> DeserializeIntervals(string json) =>
        [.. (JsonSerializer.Deserialize<List<IntervalJson>>(json, JsonSerializerOptions.Default) ?? [])
            .Select(i => new Interval(InstantPattern.ExtendedIso.Parse(i.Start).Value, InstantPattern.ExtendedIso.Parse(i.End).Value))];

    private static Dictionary<string, string> DeserializeDictionary(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? [], StringComparer.Ordinal);

    private static List<string> DeserializeList(string json) =>
        JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? [];

    private static bool DictionaryEquals(IDictionary<string, string>? left, IDictionary<string, string>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int DictionaryHash(IDictionary<string, string> value)
    {
        var hash = 0;
        foreach (var pair in value)
        {
            hash ^= HashCode.Combine(pair.Key, pair.Value);
        }

        return hash;
    }

    private sealed record IntervalJson(
        [property: System.Text.Json.Serialization.JsonPropertyName("start")] string Start,
        [property: System.Text.Json.Serialization.JsonPropertyName("end")] string End);
}
