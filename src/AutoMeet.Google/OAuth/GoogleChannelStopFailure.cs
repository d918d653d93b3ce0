using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>
/// Represents a calendar push channel that could not be stopped when its account was disconnected: Google may post
/// notifications for it to the calendar webhook until it expires. Its record is deleted all the same, so nothing renews it.
/// </summary>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="ChannelId">The channel id.</param>
/// <param name="ExpiresAt">When Google stops the channel by itself.</param>
/// <param name="Reason">Why it could not be stopped (the HTTP status and Google's reason, or the failure's type); never a token.</param>
public sealed record GoogleChannelStopFailure(string CalendarId, string ChannelId, Instant ExpiresAt, string Reason);
