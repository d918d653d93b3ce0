namespace AutoMeet.Google.Calendar;

/// <summary>The result of checking a calendar push notification.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Notification">The authenticated notification when <paramref name="Status"/> is <see cref="CalendarPushStatus.Valid"/>.</param>
public sealed record CalendarPushVerification(CalendarPushStatus Status, CalendarPushNotification? Notification)
{
    /// <summary>Gets a value indicating whether the notification is authentic.</summary>
    public bool IsValid => Status == CalendarPushStatus.Valid && Notification is not null;
}
