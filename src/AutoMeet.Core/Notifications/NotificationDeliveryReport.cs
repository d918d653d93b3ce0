namespace AutoMeet.Notifications;

/// <summary>Represents what one run of the notification sender did.</summary>
/// <param name="Delivered">Notifications delivered (or found already delivered after a crash).</param>
/// <param name="Deferred">Notifications released to be retried later.</param>
/// <param name="GivenUp">Notifications dropped after too many attempts.</param>
/// <param name="Skipped">Notifications not delivered because the owner turned that alert off (<see cref="INotificationPreferences"/>).</param>
public sealed record NotificationDeliveryReport(int Delivered, int Deferred, int GivenUp, int Skipped = 0);
