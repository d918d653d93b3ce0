using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Builds the <c>.ics</c> (RFC 5545) file attached to a confirmation, for calendars other than the organiser's provider.</summary>
internal static class IcsInvite
{
    public const string FileName = "invite.ics";
    public const string ContentType = "text/calendar; charset=utf-8; method=PUBLISH";

    /// <summary>One VEVENT in UTC whose UID is derived from the meeting id, so a re-sent file (with a higher <paramref name="sequence"/>) updates the same event.</summary>
    public static EmailAttachment Build(Meeting meeting, EmailAddress organizer, EmailAddress attendee, Instant stamp, int sequence = 0)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id.Value:N}@automeet",
            Summary = meeting.Title,
            Start = Utc(meeting.Start),
            End = Utc(meeting.End),
            DtStamp = Utc(stamp),
            Organizer = new Organizer("mailto:" + organizer.Address) { CommonName = organizer.DisplayName },
            Attendees = [new Attendee("mailto:" + attendee.Address) { CommonName = attendee.DisplayName, Rsvp = false }],
            Sequence = sequence,
        };
        if (meeting.ConferenceUrl is { } url)
        {
            calendarEvent.Location = url;
            calendarEvent.Description = "Join with Google Meet: " + url;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                calendarEvent.Url = uri;
            }
        }

        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.Events.Add(calendarEvent);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new EmailAttachment(FileName, ContentType, Encoding.UTF8.GetBytes(text));
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), "UTC");
}
