using AutoMeet.Prospects;
using Microsoft.EntityFrameworkCore;

// string.ToLower() inside queries is translated to SQL lower(); culture overloads are not translatable.
#pragma warning disable CA1304, CA1311, CA1862

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class ProspectStore(StoreSession session) : EntityStore<Prospect>(session), IProspectStore
{
    private const int ChunkSize = 500;

    public async Task<Prospect?> FindByEmailAsync(UserId ownerId, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = Normalize(email);
        var found = await Query.Where(p => p.OwnerId == ownerId && p.Email.ToLower() == normalized)
            .OrderBy(p => p.CreatedAt).Take(1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlySet<string>> FindExistingEmailsAsync(UserId ownerId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(Normalize).Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
        {
            var found = await Db.Set<Prospect>().AsNoTracking()
                .Where(p => p.OwnerId == ownerId && chunk.Contains(p.Email.ToLower()))
                .Select(p => p.Email.ToLower())
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            result.UnionWith(found);
        }

        return result;
    }

    public Task<IReadOnlyList<Prospect>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(p => p.OwnerId == ownerId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id), page), cancellationToken);

    internal static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
