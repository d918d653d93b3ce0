using AutoMeet.Compliance;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class SuppressionStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<SuppressionEntry>(session), ISuppressionStore
{
    public async Task<bool> AddIfAbsentAsync(SuppressionEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = Session.Now;
        var added = await Session.WriteAsync(
            t =>
            {
                var value = entry.Value.Trim().ToLowerInvariant();
                if (t.Suppressions.Rows.Any(s => s.OwnerId == entry.OwnerId && s.Kind == entry.Kind && s.Value == value))
                {
                    return false;
                }

                Insert(t, entry, now);
                return true;
            },
            cancellationToken);
        if (added)
        {
            entry.CreatedAt = now;
            entry.UpdatedAt = now;
            entry.Version = 1;
        }

        return added;
    }

    public Task<SuppressionEntry?> FindMatchAsync(UserId ownerId, string emailAddress, string? addressHash = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        var address = emailAddress.Trim().ToLowerInvariant();
        var domain = address[(address.LastIndexOf('@') + 1)..];
        return Session.ReadAsync(
            t => EntityCopy.OrNull(InCreationOrder(t.Suppressions.Rows.Where(s => s.OwnerId == ownerId && s.Kind switch
            {
                SuppressionKind.Address => s.Value == address,
                SuppressionKind.Domain => s.Value == domain,
                SuppressionKind.AddressHash => addressHash is not null && string.Equals(s.Value, addressHash, StringComparison.OrdinalIgnoreCase),
                _ => false,
            })).FirstOrDefault()),
            cancellationToken);
    }

    public Task<IReadOnlyList<SuppressionEntry>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Suppressions.Rows.Where(s => s.OwnerId == ownerId)), page), cancellationToken);

    protected override Table<SuppressionEntry> TableOf(InMemoryTables tables) => tables.Suppressions;

    protected override void Normalize(SuppressionEntry row) => row.Value = row.Value.Trim().ToLowerInvariant();

    protected override void CheckUnique(InMemoryTables tables, SuppressionEntry row) =>
        Unique(
            tables.Suppressions.Rows.Any(s => s.Id != row.Id && s.OwnerId == row.OwnerId && s.Kind == row.Kind && s.Value == row.Value),
            "the owner already suppresses that value.");
}
