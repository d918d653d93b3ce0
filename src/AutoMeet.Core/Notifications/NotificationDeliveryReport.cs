namespace AutoMeet.Notifications;

/// <summary>Represents what one run of the notification sender did.</summary>
/// <param name="Delivered">Notifications delivered (or found already delivered after a crash).</param>
/// <param name="Deferred">Notifications released to be retried later.</param>
/// <param name="GivenUp">Notifications dropped after too many attempts.</param>
public sealed record NotificationDeliveryReport(int Delivered, int Deferred, int GivenUp);
