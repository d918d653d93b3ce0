namespace AutoMeet.Privacy;

/// <summary>Represents the outcome of <see cref="IPersonDataService.EraseAsync"/>, with what was removed.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="AddressHash">The one-way hash kept in the suppression list (empty for <see cref="PersonErasureStatus.NotFound"/>).</param>
/// <param name="Removed">How many records of each kind were removed (keys as in the export archive, for example <c>prospects</c>).</param>
public sealed record PersonErasureResult(PersonErasureStatus Status, string AddressHash, IReadOnlyDictionary<string, int> Removed)
{
    /// <summary>Gets the outcome for an address about which nothing is held.</summary>
    public static PersonErasureResult NotFound { get; } = new(PersonErasureStatus.NotFound, string.Empty, new Dictionary<string, int>(StringComparer.Ordinal));
}
