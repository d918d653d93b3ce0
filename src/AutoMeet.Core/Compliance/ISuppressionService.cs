using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>
/// Keeps the suppression list every send path checks: addresses, whole domains and the one-way hashes of erased
/// addresses, per owner (tenant), honoured across all the owner's campaigns and mailboxes.
/// </summary>
/// <remarks>
/// Addresses are normalised by trimming and lower-casing (the whole address). An erased person is matched through
/// <see cref="HashAddress"/>: SHA-256 over a version tag, the owner id (a per-tenant salt that needs no storage and
/// survives key rotation) and the normalised address. It is one-way but, like any hash of a low-entropy value, it only
/// protects against casual reading, which is what it is for: it lets the owner recognise the address again, never list it.
/// <para>
/// Every new address suppression because the person asked (<see cref="SuppressionReason.Unsubscribed"/>: link, reply,
/// API) or the owner did (<see cref="SuppressionReason.Manual"/>) appends one <c>prospect.unsubscribed</c> domain event
/// in the same transaction as the entry, naming the prospect by id (never by address); suppressing an address that is
/// already suppressed appends nothing, so there is exactly one event per suppression.
/// </para>
/// </remarks>
public interface ISuppressionService
{
    /// <summary>Tells whether the owner may not mail an address (its address, domain or erased-address hash is suppressed).</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The address (any case, surrounding spaces allowed).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the address must not be mailed.</returns>
    /// <exception cref="ArgumentException">The address is blank or has no '@' between a local part and a domain.</exception>
    Task<bool> IsSuppressedAsync(UserId ownerId, string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>Suppresses an address; a no-op if it is already suppressed.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The address.</param>
    /// <param name="reason">Why.</param>
    /// <param name="source">Where it came from (link, reply, import, API), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was added; <see langword="false"/> if it was already there.</returns>
    /// <exception cref="ArgumentException">The address is blank or malformed.</exception>
    Task<bool> SuppressAsync(UserId ownerId, string emailAddress, SuppressionReason reason, string? source = null, CancellationToken cancellationToken = default);

    /// <summary>Suppresses every address of a domain; a no-op if it is already suppressed.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="domain">The domain, for example <c>example.com</c> (a leading '@' is ignored).</param>
    /// <param name="reason">Why.</param>
    /// <param name="source">Where it came from, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was added; <see langword="false"/> if it was already there.</returns>
    /// <exception cref="ArgumentException">The domain is blank or contains '@' or spaces.</exception>
    Task<bool> SuppressDomainAsync(UserId ownerId, string domain, SuppressionReason reason, string? source = null, CancellationToken cancellationToken = default);

    /// <summary>Creates the token of an owner's unsubscribe link for an address.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The recipient's address.</param>
    /// <param name="validFor">How long the link works (positive).</param>
    /// <returns>The URL-safe token.</returns>
    /// <exception cref="ArgumentException">The address is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validFor"/> is not positive.</exception>
    string CreateUnsubscribeToken(UserId ownerId, string emailAddress, Duration validFor);

    /// <summary>
    /// Acts on an unsubscribe link: verifies the token and suppresses its address for the owner, recording an audit entry.
    /// Never throws for a forged or garbled token.
    /// </summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The typed outcome.</returns>
    Task<UnsubscribeOutcome> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Computes the one-way hash that represents an erased address in the suppression list (lower-case hex).</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The address (normalised before hashing).</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentException">The address is malformed.</exception>
    string HashAddress(UserId ownerId, string emailAddress);
}
