using AutoMeet.Compliance;
using AutoMeet.Storage.EFCore.Internal;
using Microsoft.EntityFrameworkCore;

// string.ToLower() inside queries is translated to SQL lower(); culture overloads are not translatable.
#pragma warning disable CA1304, CA1311, CA1862

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class SuppressionStore(StoreSession session) : EntityStore<SuppressionEntry>(session), ISuppressionStore
{
    public async Task<bool> AddIfAbsentAsync(SuppressionEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (owner, kind, value) = (entry.OwnerId, entry.Kind, entry.Value);
        if (await Db.Set<SuppressionEntry>().AnyAsync(s => s.OwnerId == owner && s.Kind == kind && s.Value == value, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await AddAsync(entry, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DuplicateEntityException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // A concurrent writer suppressed the same value first.
            return false;
        }
    }

    public async Task<SuppressionEntry?> FindMatchAsync(UserId ownerId, string emailAddress, string? addressHash = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        var address = ProspectStore.Normalize(emailAddress);
        var at = address.LastIndexOf('@');
        var domain = at >= 0 ? address[(at + 1)..] : address;
        var hash = addressHash ?? string.Empty;
        var hasHash = addressHash is not null;
        var found = await Query
            .Where(s => s.OwnerId == ownerId
                && ((s.Kind == SuppressionKind.Address && s.Value.ToLower() == address)
                    || (s.Kind == SuppressionKind.Domain && s.Value.ToLower() == domain)
                    || (hasHash && s.Kind == SuppressionKind.AddressHash && s.Value == hash)))
            .OrderBy(s => s.Kind).ThenBy(s => s.CreatedAt)
            .Take(1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<SuppressionEntry>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(s => s.OwnerId == ownerId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id), page), cancellationToken);
}
