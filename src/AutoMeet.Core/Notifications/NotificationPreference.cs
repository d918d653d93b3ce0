namespace AutoMeet.Notifications;

/// <summary>Represents how an owner wants one kind of alert: whether at all, and by which channel.</summary>
/// <param name="Enabled">Whether the alert is delivered at all.</param>
/// <param name="Channel">The channel to deliver it by (overrides the channel it was queued with).</param>
public sealed record NotificationPreference(bool Enabled, NotificationChannel Channel);
