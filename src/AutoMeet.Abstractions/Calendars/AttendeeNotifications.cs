namespace AutoMeet.Calendars;

/// <summary>Says which attendees the calendar provider notifies (invites, updates, cancellations) about an event change.</summary>
public enum AttendeeNotifications
{
    /// <summary>Every attendee is notified.</summary>
    All = 0,

    /// <summary>Only attendees outside the organiser's provider (for Google: non-Google Calendar guests) are notified.</summary>
    ExternalOnly = 1,

    /// <summary>No attendee is notified.</summary>
    None = 2,
}
