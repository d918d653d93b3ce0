namespace AutoMeet.Calendars;

/// <summary>Represents an attendee's answer to a calendar invitation.</summary>
public enum AttendeeResponse
{
    /// <summary>The attendee has not answered yet.</summary>
    NeedsAction = 0,

    /// <summary>The attendee accepted.</summary>
    Accepted = 1,

    /// <summary>The attendee tentatively accepted.</summary>
    Tentative = 2,

    /// <summary>The attendee declined.</summary>
    Declined = 3,
}
