using AutoMeet.Storage;
using AutoMeet.Work;

namespace AutoMeet.Notifications;

/// <summary>Stores the notification queue and hands due notifications to senders with leases.</summary>
public interface INotificationStore : IEntityStore<Notification>, ILeasedWorkStore<Notification>
{
    /// <summary>
    /// Queues a notification unless the owner already has one with the same <see cref="Notification.DeduplicationKey"/>
    /// (notifications without a key are always queued).
    /// </summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was queued; <see langword="false"/> if it was a duplicate.</returns>
    Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default);

    /// <summary>Lists an owner's notifications, newest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The notifications of the page.</returns>
    Task<IReadOnlyList<Notification>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default);
}
