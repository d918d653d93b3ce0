namespace AutoMeet.Calendars;

/// <summary>Represents what changed in a calendar since a sync token.</summary>
/// <param name="Changes">The changed events, in the provider's order; later entries for one event win.</param>
/// <param name="NextSyncToken">The token to pass next time, once these changes are stored.</param>
/// <param name="IsFullResync">
/// Whether <paramref name="Changes"/> is the calendar's whole current content rather than a delta: the token was
/// absent, or the provider rejected it as too old. Stored busy time of the calendar must then be replaced, not patched.
/// </param>
public sealed record CalendarChanges(IReadOnlyList<CalendarEventChange> Changes, string NextSyncToken, bool IsFullResync);
