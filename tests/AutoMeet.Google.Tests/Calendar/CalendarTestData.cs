using AutoMeet.Calendars;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

internal static class CalendarTestData
{
    public static readonly Instant Start = Instant.FromUtc(2026, 12, 3, 15, 0);

    /// <summary>A host whose Calendar adapter talks to the fake, with short waits.</summary>
    public static GoogleTestHost Host(FakeGoogleServer server, TimeProvider? time = null, Action<GoogleOptions>? configure = null) =>
        GoogleTestHost.Create(server, time, o =>
        {
            o.Calendar.ApiBaseUri = server.BaseUri;
            o.Calendar.ConferencePollDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(o);
        });

    public static CalendarEventRequest Booking(string? key = null, AttendeeNotifications notify = AttendeeNotifications.All, bool conference = true, string? calendarId = null) => new()
    {
        CalendarId = calendarId,
        Title = "Intro call: Ada / Grace",
        Description = "Booked by AutoMeet.",
        Start = Start,
        End = Start + Duration.FromMinutes(30),
        TimeZoneId = "Europe/London",
        Attendees = [new EmailAddress("grace@prospect.example", "Grace Hopper")],
        AddConference = conference,
        Notifications = notify,
        IdempotencyKey = key ?? "meeting-" + Guid.NewGuid().ToString("N"),
    };

    public static string NewCalendarId() => $"c{Guid.NewGuid():N}@group.calendar.google.com";
}
