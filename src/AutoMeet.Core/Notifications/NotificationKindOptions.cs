namespace AutoMeet.Notifications;

/// <summary>The preference for one kind of notification (see <see cref="NotificationOptions"/>).</summary>
public sealed class NotificationKindOptions
{
    /// <summary>Gets or sets a value indicating whether the notification is delivered. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the channel to deliver it by, or <see langword="null"/> for the channel it was queued with.</summary>
    public NotificationChannel? Channel { get; set; }
}
