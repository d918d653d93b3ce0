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

    /// <summary>
    /// Deletes up to <paramref name="maxItems"/> completed (delivered or abandoned) notifications whose <c>CompletedAt</c> lies before
    /// <paramref name="completedBefore"/>, oldest first: the retention of finished work. Items not completed are never deleted.
    /// </summary>
    /// <param name="completedBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most items deleted by this call (1 to <see cref="Work.LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> DeleteCompletedAsync(NodaTime.Instant completedBefore, int maxItems, CancellationToken cancellationToken = default);
}
