using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Calendar.Models;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

/// <summary>Checks the fake server's Calendar routes and the client's JSON names and query parameters against calendar.v3.json.</summary>
public sealed class CalendarDiscoveryConformanceTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly Dictionary<Type, string> Schemas = new()
    {
        [typeof(GoogleEvent)] = "Event",
        [typeof(GoogleEventDateTime)] = "EventDateTime",
        [typeof(GoogleEventAttendee)] = "EventAttendee",
        [typeof(GoogleConferenceData)] = "ConferenceData",
        [typeof(GoogleCreateConferenceRequest)] = "CreateConferenceRequest",
        [typeof(GoogleConferenceSolutionKey)] = "ConferenceSolutionKey",
        [typeof(GoogleConferenceRequestStatus)] = "ConferenceRequestStatus",
        [typeof(GoogleEntryPoint)] = "EntryPoint",
        [typeof(GoogleEvents)] = "Events",
        [typeof(GoogleFreeBusyRequest)] = "FreeBusyRequest",
        [typeof(GoogleFreeBusyRequestItem)] = "FreeBusyRequestItem",
        [typeof(GoogleFreeBusyResponse)] = "FreeBusyResponse",
        [typeof(GoogleFreeBusyCalendar)] = "FreeBusyCalendar",
        [typeof(GoogleTimePeriod)] = "TimePeriod",
        [typeof(GoogleCalendarError)] = "Error",
        [typeof(GoogleChannel)] = "Channel",
    };

    private static JsonDocument LoadDiscovery()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "reference", "google-discovery", "calendar.v3.json");
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate));
            }
        }

        throw new InvalidOperationException(
            $"calendar.v3.json not found: expected <repo>/../shared/reference/google-discovery/ above {AppContext.BaseDirectory}.");
    }

    private static Dictionary<string, JsonElement> Methods(JsonElement root)
    {
        var methods = new Dictionary<string, JsonElement>();
        void Walk(JsonElement node)
        {
            if (node.TryGetProperty("methods", out var ms))
            {
                foreach (var m in ms.EnumerateObject())
                {
                    methods[m.Value.GetProperty("id").GetString()!["calendar.".Length..]] = m.Value;
                }
            }

            if (node.TryGetProperty("resources", out var rs))
            {
                foreach (var r in rs.EnumerateObject())
                {
                    Walk(r.Value);
                }
            }
        }

        Walk(root);
        return methods;
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>();

    [Fact]
    public void FakeServerRoutes_MatchDiscoveryPathsAndMethods()
    {
        using var discovery = LoadDiscovery();
        var methods = Methods(discovery.RootElement);

        foreach (var (method, path, operation) in FakeGoogleServer.CalendarRoutes)
        {
            Assert.True(methods.TryGetValue(operation, out var m), $"{operation} is not in the discovery document.");
            Assert.Equal(m.GetProperty("httpMethod").GetString(), method);
            Assert.Equal(m.GetProperty("path").GetString(), path);
        }

        Assert.Equal("https://www.googleapis.com/", discovery.RootElement.GetProperty("rootUrl").GetString());
        Assert.Equal("calendar/v3/", discovery.RootElement.GetProperty("servicePath").GetString());
        Assert.Equal(new Uri("https://www.googleapis.com/"), new GoogleCalendarOptions().ApiBaseUri);
    }

    [Fact]
    public void ClientModels_UseDiscoveryFieldNames()
    {
        using var discovery = LoadDiscovery();
        var schemas = discovery.RootElement.GetProperty("schemas");

        foreach (var (type, schema) in Schemas)
        {
            var properties = schemas.GetProperty(schema).GetProperty("properties");
            var names = JsonNames(type).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, n => Assert.True(properties.TryGetProperty(n, out _), $"{type.Name}.{n} is not a field of {schema}."));
        }

        var extended = schemas.GetProperty("Event").GetProperty("properties").GetProperty("extendedProperties").GetProperty("properties");
        Assert.All(JsonNames(typeof(GoogleExtendedProperties)), n => Assert.True(extended.TryGetProperty(n, out _), $"extendedProperties has no '{n}'."));
    }

    [Fact]
    public void FreeBusyBatchLimit_IsTheDiscoveryMaximum()
    {
        using var discovery = LoadDiscovery();
        var description = discovery.RootElement.GetProperty("schemas").GetProperty("FreeBusyRequest").GetProperty("properties")
            .GetProperty("calendarExpansionMax").GetProperty("description").GetString();

        Assert.Contains($"Maximum value is {GoogleCalendarOptions.MaxCalendarsPerFreeBusyQuery}.", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientRequests_UseOnlyDiscoveryQueryParametersAndValues()
    {
        using var discovery = LoadDiscovery();
        var methods = Methods(discovery.RootElement);
        var server = fixture.Server;
        await using var host = CalendarTestData.Host(server);
        var account = await host.SeedAccountAsync(server);
        var calendar = host.Get<ICalendar>();
        var created = await calendar.CreateEventAsync(account.Id, CalendarTestData.Booking(notify: AttendeeNotifications.ExternalOnly));
        await calendar.UpdateEventAsync(account.Id, created.EventId, CalendarTestData.Booking(notify: AttendeeNotifications.None));
        await calendar.CancelEventAsync(account.Id, created.EventId);
        var changes = await calendar.GetChangesAsync(account.Id, "primary", null);
        await calendar.GetChangesAsync(account.Id, "primary", changes.NextSyncToken);
        await calendar.GetBusyAsync(account.Id, new Interval(CalendarTestData.Start, CalendarTestData.Start + Duration.FromDays(1)), []);
        var channels = host.Get<IGoogleCalendarChannels>();
        await channels.StopWatchAsync(await channels.StartWatchAsync(account.Id, "primary", new Uri("https://app.example.com/webhooks/calendar")));

        var requests = server.Requests.Where(r => r.Path.StartsWith("calendar/", StringComparison.Ordinal)).ToList();
        Assert.Equal(FakeGoogleServer.CalendarRoutes.Count, requests.Select(r => r.Operation).Distinct().Count());
        foreach (var request in requests)
        {
            var method = methods[request.Operation];
            if (!method.TryGetProperty("parameters", out var parameters))
            {
                Assert.Empty(request.Query);
                continue;
            }

            foreach (var (name, values) in request.Query)
            {
                Assert.True(parameters.TryGetProperty(name, out var parameter), $"{request.Operation} has no parameter '{name}'.");
                Assert.NotEqual("path", parameter.GetProperty("location").GetString());
                if (parameter.TryGetProperty("enum", out var allowed))
                {
                    Assert.All(values, v => Assert.Contains(v, allowed.EnumerateArray().Select(a => a.GetString())));
                }
            }
        }
    }
}
