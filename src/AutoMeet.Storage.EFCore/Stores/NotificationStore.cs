using AutoMeet.Notifications;
using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class NotificationStore(StoreSession session) : LeasedWorkStore<Notification>(session), INotificationStore
{
    public async Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.DeduplicationKey is null)
        {
            await AddAsync(notification, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var (owner, key) = (notification.OwnerId, notification.DeduplicationKey);
        var exists = Db.Set<Notification>().Where(n => n.OwnerId == owner && n.DeduplicationKey == key);
        if (await exists.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await AddAsync(notification, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DuplicateEntityException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            if (await exists.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return false; // A concurrent writer queued the same key first.
            }

            throw;
        }
    }

    public Task<IReadOnlyList<Notification>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(n => n.OwnerId == ownerId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id), page), cancellationToken);

    public async Task<int> DeleteCompletedAsync(Instant completedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, LeaseClaim.MaxBatch);
        var ids = await Db.Set<Notification>()
            .Where(w => w.CompletedAt != null && w.CompletedAt < completedBefore)
            .OrderBy(w => w.CompletedAt).ThenBy(w => w.Id)
            .Select(w => w.Id)
            .Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0
            ? 0
            : await Db.Set<Notification>().Where(w => ids.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
