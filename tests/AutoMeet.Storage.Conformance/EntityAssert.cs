using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace AutoMeet.Storage.Conformance;

/// <summary>
/// Compares entities property by property, recursively, and names the first differing property path in the failure.
/// </summary>
/// <remarks>
/// Values (strings, enums, instants, ids, secrets…) are compared with <see cref="object.Equals(object, object)"/>.
/// Collections of values are compared in order; collections of child entities (steps, rules, messages) are matched by
/// id, whatever their order (where the contract fixes an order, the tests check it separately). The creation and
/// update instants and the version of child entities are not compared: the contract sets them only on aggregates.
/// </remarks>
public static class EntityAssert
{
    private static readonly HashSet<string> AuditProperties = ["CreatedAt", "UpdatedAt", "Version"];

    /// <summary>Asserts that <paramref name="actual"/> has the same value as <paramref name="expected"/> in every public property.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="expected">The expected entity.</param>
    /// <param name="actual">The entity read from the store.</param>
    /// <param name="compareAuditFields">
    /// Whether to compare <c>CreatedAt</c>, <c>UpdatedAt</c> and <c>Version</c> of <paramref name="expected"/> itself;
    /// pass <see langword="false"/> for a child entity (a step, a rule, a message).
    /// </param>
    /// <exception cref="XunitException">A property differs.</exception>
    public static void Equivalent<T>(T expected, T? actual, bool compareAuditFields = true)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null)
        {
            throw new XunitException($"Expected a stored {typeof(T).Name} but the store returned null.");
        }

        Compare(expected, actual, typeof(T).Name, isChild: !compareAuditFields);
    }

    /// <summary>Asserts that two lists hold equivalent entities in the same order.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="expected">The expected entities, in order.</param>
    /// <param name="actual">The entities read from the store.</param>
    /// <exception cref="XunitException">The counts, the order or a property differ.</exception>
    public static void EquivalentSequence<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Count != actual.Count)
        {
            throw new XunitException($"Expected {expected.Count} {typeof(T).Name} item(s) but the store returned {actual.Count}.");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Compare(expected[i], actual[i], $"{typeof(T).Name}[{i}]", isChild: false);
        }
    }

    private static void Compare(object? expected, object? actual, string path, bool isChild)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                Fail(path, expected, actual);
            }

            return;
        }

        var type = expected.GetType();
        if (type.IsValueType || type == typeof(string))
        {
            if (!Equals(expected, actual))
            {
                Fail(path, expected, actual);
            }

            return;
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            CompareMaps(expectedMap, actualMap, path);
            return;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            CompareCollections([.. expectedItems.Cast<object?>()], [.. actualItems.Cast<object?>()], path);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || (isChild && AuditProperties.Contains(property.Name)))
            {
                continue;
            }

            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", isChild);
        }
    }

    private static void CompareMaps(IDictionary expected, IDictionary actual, string path)
    {
        var expectedKeys = expected.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
        {
            Fail($"{path}.Keys", string.Join(", ", expectedKeys), string.Join(", ", actualKeys));
        }

        foreach (var key in expected.Keys)
        {
            Compare(expected[key], actual[key], $"{path}[{key}]", isChild: true);
        }
    }

    private static void CompareCollections(List<object?> expected, List<object?> actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            Fail($"{path}.Count", expected.Count, actual.Count);
        }

        var keyed = expected.Count > 0 && expected.TrueForAll(IsEntity) && actual.TrueForAll(IsEntity);
        if (keyed)
        {
            expected = [.. expected.OrderBy(EntityId)];
            actual = [.. actual.OrderBy(EntityId)];
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var itemPath = keyed ? $"{path}[id {EntityId(expected[i])}]" : $"{path}[{i}]";
            Compare(expected[i], actual[i], itemPath, isChild: true);
        }
    }

    private static bool IsEntity(object? item) => item?.GetType().GetProperty("Id")?.PropertyType is { IsGenericType: true } idType
        && idType.GetGenericTypeDefinition() == typeof(Id<>);

    private static string EntityId(object? item) => item!.GetType().GetProperty("Id")!.GetValue(item)!.ToString()!;

    private static void Fail(string path, object? expected, object? actual) =>
        throw new XunitException($"{path} differs.{Environment.NewLine}Expected: {Show(expected)}{Environment.NewLine}Actual:   {Show(actual)}");

    private static string Show(object? value) => value switch
    {
        null => "(null)",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "(null)",
    };
}
