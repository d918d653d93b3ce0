namespace AutoMeet.Notifications;

/// <summary>Represents how a notification reaches its owner.</summary>
public enum NotificationChannel
{
    /// <summary>An e-mail through the owner's mailbox.</summary>
    Email = 0,

    /// <summary>An HTTP POST to the host's webhook.</summary>
    Webhook = 1,

    /// <summary>Kept for the host to show in its own UI.</summary>
    InApp = 2,
}
