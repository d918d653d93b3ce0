using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Represents an event as the calendar provider holds it.</summary>
/// <param name="EventId">The provider's event id.</param>
/// <param name="CalendarId">The calendar.</param>
/// <param name="Title">The title.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="ConferenceUrl">The video-conference link, if any.</param>
/// <param name="IsCancelled">Whether the event was cancelled.</param>
public sealed record CalendarEvent(string EventId, string CalendarId, string Title, Instant Start, Instant End, string? ConferenceUrl, bool IsCancelled);
