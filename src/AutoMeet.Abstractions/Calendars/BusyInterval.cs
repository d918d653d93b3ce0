using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Represents time a calendar is busy.</summary>
/// <param name="Interval">The busy time.</param>
/// <param name="CalendarId">The calendar it comes from.</param>
/// <param name="IsTentative">Whether the event behind it is only tentative.</param>
public sealed record BusyInterval(Interval Interval, string CalendarId, bool IsTentative = false);
