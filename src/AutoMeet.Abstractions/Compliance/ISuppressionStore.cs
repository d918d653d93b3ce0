using AutoMeet.Storage;

namespace AutoMeet.Compliance;

/// <summary>Stores the suppression list that every send path checks.</summary>
public interface ISuppressionStore : IEntityStore<SuppressionEntry>
{
    /// <summary>Adds an entry unless the same owner, kind and value is already suppressed.</summary>
    /// <param name="entry">The entry; its value is normalised to lower case.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was added; <see langword="false"/> if it was already there.</returns>
    Task<bool> AddIfAbsentAsync(SuppressionEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells whether an owner may not mail an address: the address itself, its domain, or (when given) its
    /// erased-address hash is suppressed.
    /// </summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The address (any case).</param>
    /// <param name="addressHash">The address's one-way hash, to match erased people; <see langword="null"/> to skip.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matching entry, or <see langword="null"/> when the address may be mailed.</returns>
    Task<SuppressionEntry?> FindMatchAsync(UserId ownerId, string emailAddress, string? addressHash = null, CancellationToken cancellationToken = default);

    /// <summary>Lists an owner's entries, oldest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries of the page.</returns>
    Task<IReadOnlyList<SuppressionEntry>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default);
}
