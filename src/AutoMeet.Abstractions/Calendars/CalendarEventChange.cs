using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Represents one event of a calendar as a sync reports it: its current state, or that it is gone.</summary>
/// <param name="EventId">The provider's event id.</param>
/// <param name="Time">When the event takes place; <see langword="null"/> when it was deleted or cancelled.</param>
/// <param name="IsTentative">Whether the owner's attendance is only tentative.</param>
/// <param name="IsTransparent">Whether the event is marked free (transparent) rather than busy.</param>
public sealed record CalendarEventChange(string EventId, Interval? Time, bool IsTentative = false, bool IsTransparent = false)
{
    /// <summary>Gets a value indicating whether the event was deleted or cancelled.</summary>
    public bool IsRemoved => Time is null;

    /// <summary>
    /// Gets the event's guests other than the calendar's owner, with their answers to the invitation (for example to
    /// notice that a prospect declined a booked meeting).
    /// </summary>
    /// <value>The default value is empty: the provider reported no attendees (or the event was removed).</value>
    public IReadOnlyList<CalendarAttendee> Attendees { get; init; } = [];
}
