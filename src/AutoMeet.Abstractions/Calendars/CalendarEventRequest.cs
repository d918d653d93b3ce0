using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Represents an event to create or the new state of one to update.</summary>
public sealed record CalendarEventRequest
{
    /// <summary>Gets the calendar, or <see langword="null"/> for the primary one.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the start.</summary>
    public required Instant Start { get; init; }

    /// <summary>Gets the end.</summary>
    public required Instant End { get; init; }

    /// <summary>Gets the IANA zone in which the event is shown to its organiser.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>Gets the attendees.</summary>
    public IReadOnlyList<EmailAddress> Attendees { get; init; } = [];

    /// <summary>Gets a value indicating whether a video conference (Google Meet) link is added.</summary>
    public bool AddConference { get; init; } = true;

    /// <summary>Gets which attendees the provider notifies of this creation or update.</summary>
    /// <value>The default value is <see cref="AttendeeNotifications.All"/>.</value>
    public AttendeeNotifications Notifications { get; init; } = AttendeeNotifications.All;

    /// <summary>Gets a key that makes creation idempotent: creating twice with the same key yields one event.</summary>
    public required string IdempotencyKey { get; init; }
}
