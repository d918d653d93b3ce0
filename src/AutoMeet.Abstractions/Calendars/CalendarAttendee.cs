namespace AutoMeet.Calendars;

/// <summary>Represents one attendee of a calendar event as a sync reports it, with their answer to the invitation.</summary>
/// <param name="Email">The attendee's e-mail address.</param>
/// <param name="Response">The attendee's answer.</param>
public sealed record CalendarAttendee(string Email, AttendeeResponse Response);
