using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>
/// Represents a push notification channel the provider holds open on one of an account's calendars (Google's
/// <c>events.watch</c>), kept on <see cref="Accounts.MailboxAccount.CalendarChannels"/> so it can be stopped when the
/// account is disconnected.
/// </summary>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="ChannelId">The channel id AutoMeet chose (unique per channel).</param>
/// <param name="ResourceId">The provider's id of the watched resource, needed with <paramref name="ChannelId"/> to stop the channel.</param>
/// <param name="ExpiresAt">When the provider stops the channel by itself.</param>
public sealed record CalendarPushChannel(string CalendarId, string ChannelId, string ResourceId, Instant ExpiresAt);
