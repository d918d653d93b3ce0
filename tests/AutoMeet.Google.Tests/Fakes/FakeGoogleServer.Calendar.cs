using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>
/// The Calendar endpoints: events whose Meet conference starts pending and succeeds after a few polls, a change sequence
/// behind sync tokens (410 once expired), freeBusy with Google's 50-calendar limit and a range limit, and push channels.
/// </summary>
public sealed partial class FakeGoogleServer
{
    /// <summary>The Calendar routes the fake serves, as (HTTP method, discovery path relative to calendar/v3/, discovery method id).</summary>
    public static readonly IReadOnlyList<(string Method, string Path, string Operation)> CalendarRoutes =
    [
        ("POST", "calendars/{calendarId}/events", "events.insert"),
        ("GET", "calendars/{calendarId}/events/{eventId}", "events.get"),
        ("PATCH", "calendars/{calendarId}/events/{eventId}", "events.patch"),
        ("DELETE", "calendars/{calendarId}/events/{eventId}", "events.delete"),
        ("GET", "calendars/{calendarId}/events", "events.list"),
        ("POST", "calendars/{calendarId}/events/watch", "events.watch"),
        ("POST", "channels/stop", "channels.stop"),
        ("POST", "freeBusy", "freebusy.query"),
    ];

    private static readonly string[] NotWithSyncToken = ["iCalUID", "orderBy", "privateExtendedProperty", "q", "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin"];
    private static readonly string[] SendUpdatesValues = ["all", "externalOnly", "none"];

    private readonly Dictionary<(string Calendar, string Id), FakeCalendarEvent> _events = [];
    private readonly HashSet<string> _conferenceRequestIds = [];
    private readonly List<FakeCalendarChannel> _channels = [];
    private long _calendarSequence = 100;
    private int _syncEpoch = 1;
    private int _nextEvent;

    /// <summary>Gets or sets how many events.get calls see a new Meet conference as pending before it succeeds.</summary>
    public int MeetPendingPolls { get; set; } = 2;

    /// <summary>Gets or sets a value indicating whether new Meet conferences end in <c>failure</c> instead.</summary>
    public bool MeetFails { get; set; }

    /// <summary>Gets or sets the longest freeBusy range the fake accepts (Google states none; the fake is strict).</summary>
    public TimeSpan FreeBusyMaxRange { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Gets the calendars freeBusy answers <c>notFound</c> for.</summary>
    public ISet<string> UnknownCalendars { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets how many Meet conferences were created (a repeated requestId creates none).</summary>
    public int ConferencesCreated { get; private set; }

    public IReadOnlyList<FakeCalendarChannel> CalendarChannels
    {
        get
        {
            lock (_gate)
            {
                return [.. _channels];
            }
        }
    }

    public IReadOnlyList<FakeCalendarEvent> CalendarEvents(string calendarId = "primary")
    {
        lock (_gate)
        {
            return [.. _events.Values.Where(e => e.CalendarId == calendarId).OrderBy(e => e.Sequence)];
        }
    }

    /// <summary>Adds an event as if the owner had created it in Google Calendar.</summary>
    public FakeCalendarEvent SeedEvent(string calendarId, DateTimeOffset start, DateTimeOffset end, string summary = "Busy", bool transparent = false, string? selfResponse = null)
    {
        var resource = new JsonObject
        {
            ["summary"] = summary,
            ["start"] = new JsonObject { ["dateTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) },
            ["end"] = new JsonObject { ["dateTime"] = end.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) },
        };
        if (transparent)
        {
            resource["transparency"] = "transparent";
        }

        if (selfResponse is not null)
        {
            resource["attendees"] = new JsonArray(new JsonObject { ["email"] = MailboxAddress, ["self"] = true, ["responseStatus"] = selfResponse });
        }

        lock (_gate)
        {
            return Store(calendarId, NewEventId(), resource);
        }
    }

    /// <summary>Changes a stored event (as the owner would in Google Calendar); the change shows up in the next incremental sync.</summary>
    public void ModifyEvent(string calendarId, string eventId, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var e = _events[(calendarId, eventId)];
            change(e.Resource);
            e.Sequence = ++_calendarSequence;
        }
    }

    /// <summary>Makes every sync token handed out so far too old: events.list answers 410 Gone (fullSyncRequired).</summary>
    public void ExpireSyncTokens()
    {
        lock (_gate)
        {
            _syncEpoch++;
        }
    }

    /// <summary>Returns the headers Google would post to a channel's address for a change (message numbers grow per channel).</summary>
    public IReadOnlyDictionary<string, string> PushHeaders(string channelId, string state = "exists")
    {
        lock (_gate)
        {
            var channel = _channels.Single(c => c.Id == channelId);
            var number = state == "sync" ? 1 : ++channel.MessagesSent + 1;
            return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["X-Goog-Channel-ID"] = channel.Id,
                ["X-Goog-Channel-Token"] = channel.Token,
                ["X-Goog-Channel-Expiration"] = DateTimeOffset.FromUnixTimeMilliseconds(channel.ExpirationMs).ToString("R", CultureInfo.InvariantCulture),
                ["X-Goog-Resource-ID"] = channel.ResourceId,
                ["X-Goog-Resource-URI"] = $"{BaseUri}calendar/v3/calendars/{Uri.EscapeDataString(channel.CalendarId)}/events?alt=json",
                ["X-Goog-Resource-State"] = state,
                ["X-Goog-Message-Number"] = number.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    private void MapCalendarRoutes()
    {
        const string Events = "/calendar/v3/calendars/{calendarId}/events";
        _app.MapPost(Events, (Delegate)((HttpContext c) => GmailAsync(c, "events.insert", InsertEvent)));
        _app.MapGet(Events + "/{eventId}", (Delegate)((HttpContext c) => GmailAsync(c, "events.get", GetEvent)));
        _app.MapMethods(Events + "/{eventId}", ["PATCH"], (Delegate)((HttpContext c) => GmailAsync(c, "events.patch", PatchEvent)));
        _app.MapDelete(Events + "/{eventId}", (Delegate)((HttpContext c) => GmailAsync(c, "events.delete", DeleteEvent)));
        _app.MapGet(Events, (Delegate)((HttpContext c) => GmailAsync(c, "events.list", ListEvents)));
        _app.MapPost(Events + "/watch", (Delegate)((HttpContext c) => GmailAsync(c, "events.watch", Watch)));
        _app.MapPost("/calendar/v3/channels/stop", (Delegate)((HttpContext c) => GmailAsync(c, "channels.stop", StopChannel)));
        _app.MapPost("/calendar/v3/freeBusy", (Delegate)((HttpContext c) => GmailAsync(c, "freebusy.query", FreeBusy)));
    }

    private static IResult JsonResult(JsonNode node, int status = 200) =>
        Results.Text(node.ToJsonString(), "application/json", statusCode: status);

    private static string Route(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;

    private string CalendarOf(HttpContext context)
    {
        var id = Route(context, "calendarId");
        return id == MailboxAddress ? "primary" : id;
    }

    private static ErrorResult? CheckSendUpdates(HttpContext context)
    {
        var value = context.Request.Query["sendUpdates"].ToString();
        return value.Length == 0 || SendUpdatesValues.Contains(value)
            ? null
            : Error(400, "invalidParameter", $"Invalid value for sendUpdates: '{value}'.");
    }

    private string NewEventId() => "fk" + (++_nextEvent).ToString("D6", CultureInfo.InvariantCulture);

    private FakeCalendarEvent Store(string calendarId, string id, JsonObject resource)
    {
        resource["kind"] = "calendar#event";
        resource["id"] = id;
        resource["status"] ??= "confirmed";
        resource["htmlLink"] = $"https://www.google.com/calendar/event?eid={id}";
        resource["organizer"] = new JsonObject { ["email"] = MailboxAddress, ["self"] = true };
        var stored = new FakeCalendarEvent(id, calendarId, resource) { Sequence = ++_calendarSequence };
        _events[(calendarId, id)] = stored;
        return stored;
    }
}
