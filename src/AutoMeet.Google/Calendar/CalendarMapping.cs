using System.Globalization;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar.Models;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Google.Calendar;

/// <summary>Maps between the port's types and Google's JSON.</summary>
internal static class CalendarMapping
{
    public const string Cancelled = "cancelled";

    public static string Rfc3339(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static Instant ParseInstant(string value) =>
        Instant.FromDateTimeOffset(DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    /// <summary>Builds the event body of an insert (<paramref name="create"/>) or a patch.</summary>
    public static GoogleEvent ToGoogle(CalendarEventRequest request, bool create)
    {
        var body = new GoogleEvent
        {
            Summary = request.Title,
            Description = request.Description,
            Start = new GoogleEventDateTime { DateTime = Rfc3339(request.Start), TimeZone = request.TimeZoneId },
            End = new GoogleEventDateTime { DateTime = Rfc3339(request.End), TimeZone = request.TimeZoneId },
            Attendees = [.. request.Attendees.Select(a => new GoogleEventAttendee { Email = a.Address, DisplayName = a.DisplayName })],
        };
        if (create)
        {
            body.Id = CalendarIdempotency.EventId(request.IdempotencyKey);
            body.ExtendedProperties = new GoogleExtendedProperties
            {
                Private = new Dictionary<string, string>(StringComparer.Ordinal) { [CalendarIdempotency.PropertyName] = CalendarIdempotency.PropertyValue(request.IdempotencyKey) },
            };
            if (request.AddConference)
            {
                body.ConferenceData = new GoogleConferenceData
                {
                    CreateRequest = new GoogleCreateConferenceRequest
                    {
                        RequestId = CalendarIdempotency.RequestId(request.IdempotencyKey),
                        ConferenceSolutionKey = new GoogleConferenceSolutionKey { Type = "hangoutsMeet" },
                    },
                };
            }
        }

        return body;
    }

    /// <summary>Returns the conference create request's status (<c>pending</c>, <c>success</c>, <c>failure</c>), if one was made.</summary>
    public static string? ConferenceStatus(GoogleEvent e) => e.ConferenceData?.CreateRequest?.Status?.StatusCode;

    public static CalendarEvent ToPort(GoogleEvent e, string calendarId)
    {
        var conference = e.HangoutLink
            ?? e.ConferenceData?.EntryPoints?.FirstOrDefault(p => p.EntryPointType == "video")?.Uri;
        return new CalendarEvent(
            e.Id ?? string.Empty,
            calendarId,
            e.Summary ?? string.Empty,
            e.Start is { } start ? Time(start, null) : default,
            e.End is { } end ? Time(end, null) : default,
            conference,
            string.Equals(e.Status, Cancelled, StringComparison.Ordinal));
    }

    /// <summary>Maps an event of a sync: cancelled events are removals; a declined invitation is free time.</summary>
    public static CalendarEventChange ToChange(GoogleEvent e, string? calendarZone)
    {
        if (string.Equals(e.Status, Cancelled, StringComparison.Ordinal) || e.Start is null || e.End is null)
        {
            return new CalendarEventChange(e.Id ?? string.Empty, null);
        }

        var start = Time(e.Start, calendarZone);
        var end = Time(e.End, calendarZone);
        var self = e.Attendees?.FirstOrDefault(a => a.Self == true)?.ResponseStatus;
        var transparent = string.Equals(e.Transparency, "transparent", StringComparison.Ordinal) || self == "declined";
        return end > start
            ? new CalendarEventChange(e.Id ?? string.Empty, new Interval(start, end), IsTentative: self == "tentative", IsTransparent: transparent) { Attendees = Guests(e) }
            : new CalendarEventChange(e.Id ?? string.Empty, null);
    }

    /// <summary>The event's guests other than the calendar's owner (<c>self</c>), with their <c>responseStatus</c>.</summary>
    private static CalendarAttendee[] Guests(GoogleEvent e) =>
        e.Attendees is null
            ? []
            : [.. e.Attendees
                .Where(static a => a.Self != true && !string.IsNullOrWhiteSpace(a.Email))
                .Select(static a => new CalendarAttendee(a.Email!, Response(a.ResponseStatus)))];

    /// <summary>Maps Google's <c>responseStatus</c> (<c>needsAction</c>, <c>declined</c>, <c>tentative</c>, <c>accepted</c>); anything else counts as not answered.</summary>
    public static AttendeeResponse Response(string? responseStatus) => responseStatus switch
    {
        "accepted" => AttendeeResponse.Accepted,
        "tentative" => AttendeeResponse.Tentative,
        "declined" => AttendeeResponse.Declined,
        _ => AttendeeResponse.NeedsAction,
    };

    /// <summary>Reads a start or end: <c>dateTime</c>, or an all-day <c>date</c> taken at midnight in the event's (or calendar's) zone.</summary>
    private static Instant Time(GoogleEventDateTime value, string? calendarZone)
    {
        if (value.DateTime is { } dateTime)
        {
            return ParseInstant(dateTime);
        }

        var date = LocalDatePattern.Iso.Parse(value.Date ?? string.Empty).GetValueOrThrow();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(value.TimeZone ?? calendarZone ?? "UTC") ?? DateTimeZone.Utc;
        return date.AtStartOfDayInZone(zone).ToInstant();
    }
}
