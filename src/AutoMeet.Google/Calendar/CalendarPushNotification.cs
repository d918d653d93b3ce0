using AutoMeet.Accounts;

namespace AutoMeet.Google.Calendar;

/// <summary>An authenticated calendar push notification: which calendar of which account to sync.</summary>
/// <param name="AccountId">The account whose calendar is watched.</param>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="ResourceId">Google's id of the watched resource (needed to stop the channel), if sent.</param>
/// <param name="State">What happened.</param>
/// <param name="MessageNumber">The message number, if sent; it grows per channel, so a lower one than already seen is a replay or a late duplicate.</param>
public sealed record CalendarPushNotification(
    Id<MailboxAccount> AccountId,
    string CalendarId,
    string ChannelId,
    string? ResourceId,
    CalendarResourceState State,
    long? MessageNumber);
