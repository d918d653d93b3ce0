using AutoMeet.Storage;

namespace AutoMeet.Notifications;

/// <summary>
/// Delivers the notification queue: e-mails to the owner through the owner's own connected mailbox (sent to
/// itself), each with a Message-ID derived from the notification, so that a retry after a crash looks it up and
/// never sends it twice; failures are retried with back-off. Webhook notifications go to an
/// <see cref="INotificationWebhook"/> when the host registers one.
/// </summary>
public interface INotificationSender
{
    /// <summary>Claims and delivers due notifications until none is due or <paramref name="maxItems"/> were handled.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="maxItems">The most notifications to handle in this run.</param>
    /// <param name="cancellationToken">Cancels the run between notifications.</param>
    /// <returns>What the run did.</returns>
    Task<NotificationDeliveryReport> DeliverDueAsync(IAutoMeetStore store, int maxItems = 500, CancellationToken cancellationToken = default);
}
