using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using AutoMeet.Json;

namespace AutoMeet;

/// <summary>
/// Represents the identifier of one <typeparamref name="TEntity"/>. The type parameter makes identifiers of
/// different entities distinct types, so a prospect's id cannot be passed where a campaign's is expected.
/// </summary>
/// <typeparam name="TEntity">The entity the identifier belongs to.</typeparam>
/// <param name="Value">The underlying value; never <see cref="Guid.Empty"/> for a stored entity.</param>
[JsonConverter(typeof(IdJsonConverterFactory))]
public readonly record struct Id<TEntity>(Guid Value) : IComparable<Id<TEntity>>, ISpanParsable<Id<TEntity>>
    where TEntity : class
{
    /// <summary>Gets the empty identifier, which no stored entity has.</summary>
    public static Id<TEntity> Empty => default;

    /// <summary>Gets a value indicating whether this is the empty identifier.</summary>
    public bool IsEmpty => Value == Guid.Empty;

    /// <summary>Creates a new identifier. Identifiers are version-7 GUIDs, so they sort by creation time to the millisecond (ids made in the same millisecond are in no particular order).</summary>
    /// <returns>A new, unique identifier.</returns>
    public static Id<TEntity> New() => new(Guid.CreateVersion7());

    /// <inheritdoc/>
    public int CompareTo(Id<TEntity> other) => Value.CompareTo(other.Value);

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D");

    /// <summary>Parses an identifier written as a GUID.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a GUID.</exception>
    public static Id<TEntity> Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc/>
    public static Id<TEntity> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var id)
            ? id
            : throw new FormatException($"'{s}' is not a valid {typeof(TEntity).Name} id (expected a GUID).");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Id<TEntity> result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Id<TEntity> result)
    {
        if (Guid.TryParse(s, out var guid))
        {
            result = new Id<TEntity>(guid);
            return true;
        }

        result = default;
        return false;
    }
}
