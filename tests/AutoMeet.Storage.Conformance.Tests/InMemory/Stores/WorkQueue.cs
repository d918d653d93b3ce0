using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class WorkQueue(InMemoryAutoMeetStore session) : InMemoryEntityStore<WorkItem>(session), IWorkQueue
{
    public async Task<bool> EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = Session.Now;
        var added = await Session.WriteAsync(
            t =>
            {
                if (IsDuplicate(t, item))
                {
                    return false;
                }

                Insert(t, item, now);
                return true;
            },
            cancellationToken);
        if (added)
        {
            item.CreatedAt = now;
            item.UpdatedAt = now;
            item.Version = 1;
        }

        return added;
    }

    public Task<IReadOnlyList<WorkItem>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Claim(t.WorkItems, claim, now), cancellationToken);
    }

    public Task<bool> CompleteAsync(Id<WorkItem> id, string leaseOwner, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Complete(t.WorkItems, id, leaseOwner, now), cancellationToken);
    }

    public Task<bool> RetryLaterAsync(Id<WorkItem> id, string leaseOwner, Instant dueAt, string? error, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.RetryLater(t.WorkItems, id, leaseOwner, now, dueAt, error), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(Id<WorkItem> id, string leaseOwner, Duration leaseDuration, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Renew(t.WorkItems, id, leaseOwner, now, leaseDuration), cancellationToken);
    }

    public Task<int> DeleteCompletedAsync(Instant completedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, LeaseClaim.MaxBatch);
        return Session.WriteAsync(
            t =>
            {
                var doomed = t.WorkItems.Rows
                    .Where(w => w.CompletedAt is { } completed && completed < completedBefore)
                    .OrderBy(w => w.CompletedAt).ThenBy(w => w.Id)
                    .Take(maxItems)
                    .Select(w => w.Id)
                    .ToList();
                doomed.ForEach(id => t.WorkItems.Remove(id));
                return doomed.Count;
            },
            cancellationToken);
    }

    protected override Table<WorkItem> TableOf(InMemoryTables tables) => tables.WorkItems;

    protected override void CheckUnique(InMemoryTables tables, WorkItem row) =>
        Unique(IsDuplicate(tables, row), $"an item of kind '{row.Kind}' with that key is already queued.");

    private static bool IsDuplicate(InMemoryTables tables, WorkItem row) =>
        tables.WorkItems.Rows.Any(w => w.Id != row.Id && w.Kind == row.Kind && w.Key == row.Key);
}
