namespace AutoMeet.Notifications;

/// <summary>Delivers webhook-channel notifications (a host registers one; without it they wait and are retried).</summary>
public interface INotificationWebhook
{
    /// <summary>Delivers one notification; throws when it could not, so it is retried.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the receiver accepted it.</returns>
    Task DeliverAsync(Notification notification, CancellationToken cancellationToken = default);
}
