using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>A push channel on a calendar's events.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="ChannelId">The channel id (unique per channel; a renewal gets a new one).</param>
/// <param name="ResourceId">Google's id of the watched resource (needed to stop the channel).</param>
/// <param name="Expiration">When Google stops sending notifications on it.</param>
/// <param name="Address">Where Google posts notifications.</param>
public sealed record CalendarWatchChannel(
    Id<MailboxAccount> AccountId,
    string CalendarId,
    string ChannelId,
    string ResourceId,
    Instant Expiration,
    Uri Address);
