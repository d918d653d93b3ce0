namespace AutoMeet.Calendars;

/// <summary>Represents the outcome of syncing one calendar.</summary>
/// <param name="EventCount">How many event changes the provider reported.</param>
/// <param name="IsFullResync">Whether the calendar was listed whole (first sync, or the token was too old).</param>
/// <param name="SyncToken">The token now stored for the calendar.</param>
public sealed record CalendarSyncResult(int EventCount, bool IsFullResync, string SyncToken);
