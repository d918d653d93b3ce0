using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class WorkQueueStore(StoreSession session) : LeasedWorkStore<WorkItem>(session), IWorkQueue
{
    public async Task<bool> EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var (kind, key) = (item.Kind, item.Key);
        var exists = Db.Set<WorkItem>().Where(w => w.Kind == kind && w.Key == key);
        if (await exists.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await AddAsync(item, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DuplicateEntityException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            if (await exists.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return false; // A concurrent writer enqueued the same kind and key first.
            }

            throw;
        }
    }

    public async Task<int> DeleteCompletedAsync(Instant completedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, LeaseClaim.MaxBatch);
        var ids = await Db.Set<WorkItem>()
            .Where(w => w.CompletedAt != null && w.CompletedAt < completedBefore)
            .OrderBy(w => w.CompletedAt).ThenBy(w => w.Id)
            .Select(w => w.Id)
            .Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0
            ? 0
            : await Db.Set<WorkItem>().Where(w => ids.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
