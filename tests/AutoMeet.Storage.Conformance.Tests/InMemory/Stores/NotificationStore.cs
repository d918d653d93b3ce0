using AutoMeet.Notifications;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class NotificationStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<Notification>(session), INotificationStore
{
    public async Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = Session.Now;
        var added = await Session.WriteAsync(
            t =>
            {
                if (IsDuplicate(t, notification))
                {
                    return false;
                }

                Insert(t, notification, now);
                return true;
            },
            cancellationToken);
        if (added)
        {
            notification.CreatedAt = now;
            notification.UpdatedAt = now;
            notification.Version = 1;
        }

        return added;
    }

    public Task<IReadOnlyList<Notification>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => Page(t.Notifications.Rows.Where(n => n.OwnerId == ownerId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id), page),
            cancellationToken);

    public Task<IReadOnlyList<Notification>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Claim(t.Notifications, claim, now), cancellationToken);
    }

    public Task<bool> CompleteAsync(Id<Notification> id, string leaseOwner, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Complete(t.Notifications, id, leaseOwner, now), cancellationToken);
    }

    public Task<bool> RetryLaterAsync(Id<Notification> id, string leaseOwner, Instant dueAt, string? error, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.RetryLater(t.Notifications, id, leaseOwner, now, dueAt, error), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(Id<Notification> id, string leaseOwner, Duration leaseDuration, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Renew(t.Notifications, id, leaseOwner, now, leaseDuration), cancellationToken);
    }

    public Task<int> DeleteCompletedAsync(Instant completedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, LeaseClaim.MaxBatch);
        return Session.WriteAsync(
            t =>
            {
                var doomed = t.Notifications.Rows
                    .Where(w => w.CompletedAt is { } completed && completed < completedBefore)
                    .OrderBy(w => w.CompletedAt).ThenBy(w => w.Id)
                    .Take(maxItems)
                    .Select(w => w.Id)
                    .ToList();
                doomed.ForEach(id => t.Notifications.Remove(id));
                return doomed.Count;
            },
            cancellationToken);
    }

    protected override Table<Notification> TableOf(InMemoryTables tables) => tables.Notifications;

    protected override void CheckUnique(InMemoryTables tables, Notification row) =>
        Unique(IsDuplicate(tables, row), "the owner already has a notification with that deduplication key.");

    private static bool IsDuplicate(InMemoryTables tables, Notification row) =>
        row.DeduplicationKey is not null
        && tables.Notifications.Rows.Any(n => n.Id != row.Id && n.OwnerId == row.OwnerId && n.DeduplicationKey == row.DeduplicationKey);
}
