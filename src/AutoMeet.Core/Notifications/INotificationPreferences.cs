namespace AutoMeet.Notifications;

/// <summary>
/// Says which alerts an owner wants and by which channel. The default reads <see cref="NotificationOptions"/>
/// (the same for every owner); a CRM registers its own implementation backed by each user's settings.
/// </summary>
public interface INotificationPreferences
{
    /// <summary>Gets an owner's preference for one kind of notification (for example <c>campaign.starting</c>).</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="kind">The notification kind.</param>
    /// <param name="queuedChannel">The channel the notification was queued with.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The preference.</returns>
    ValueTask<NotificationPreference> GetAsync(UserId ownerId, string kind, NotificationChannel queuedChannel, CancellationToken cancellationToken = default);
}
