using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>
/// The availability endpoints against a host whose clock stands at Wednesday 2026-10-28 00:00 UTC. The owner works
/// Monday to Friday 09:00–12:00 in New York (hour-long meetings on an hourly grid); New York leaves summer time on
/// Sunday 2026-11-01, Berlin already did on 2026-10-25.
/// </summary>
public sealed class AvailabilityEndpointsTests(FakeClockWebFactory factory) : IClassFixture<FakeClockWebFactory>
{
    private readonly string _owner = "availability-owner-" + Guid.NewGuid().ToString("N");

    private async Task<HttpClient> OwnerWithScheduleAsync()
    {
        var client = factory.CreateClientFor(_owner);
        await SettingsBodies.SaveAsync(client, SettingsBodies.WeekdayMornings());
        return client;
    }

    private static string[] Starts(JsonElement result) =>
        [.. result.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()!)];

    [Fact]
    public async Task Slots_WeekdayMorningsInNewYork_ReturnsUtcStartsAndBerlinLocalTimes()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/slots?timeZone=Europe/Berlin&from=2026-11-03T00:00:00Z&to=2026-11-10T00:00:00Z");

        Assert.Equal("Europe/Berlin", result.GetProperty("timeZone").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("tzdbVersion").GetString()));
        Assert.Equal(15, result.GetProperty("count").GetInt32());
        Assert.Equal(15, result.GetProperty("total").GetInt32());
        string[] days = ["2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09"];
        Assert.Equal([.. days.SelectMany(d => new[] { $"{d}T14:00:00Z", $"{d}T15:00:00Z", $"{d}T16:00:00Z" })], Starts(result));
        var first = result.GetProperty("slots")[0];
        Assert.Equal("2026-11-03T15:00:00Z", first.GetProperty("end").GetString());
        Assert.Equal("2026-11-03T15:00:00", first.GetProperty("localStart").GetString());
        Assert.Equal("2026-11-03T16:00:00", first.GetProperty("localEnd").GetString());
        var last = result.GetProperty("slots")[14];
        Assert.Equal("2026-11-09T17:00:00", last.GetProperty("localStart").GetString());
        Assert.Equal("2026-11-09T18:00:00", last.GetProperty("localEnd").GetString());
    }

    [Fact]
    public async Task Slots_AcrossNewYorksDstEnd_FollowsTheOwnersWallClock()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/slots?timeZone=Europe/Berlin&from=2026-10-30T00:00:00Z&to=2026-11-03T00:00:00Z");

        Assert.Equal(
            ["2026-10-30T13:00:00Z", "2026-10-30T14:00:00Z", "2026-10-30T15:00:00Z", "2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z", "2026-11-02T16:00:00Z"],
            Starts(result));
        Assert.Equal("2026-10-30T14:00:00", result.GetProperty("slots")[0].GetProperty("localStart").GetString());
        Assert.Equal("2026-11-02T15:00:00", result.GetProperty("slots")[3].GetProperty("localStart").GetString());
    }

    [Fact]
    public async Task Slots_NoWindowGiven_SearchesSevenDaysFromTheInjectedClock()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/slots?timeZone=America/New_York");

        Assert.Equal("2026-10-28T00:00:00Z", result.GetProperty("from").GetString());
        Assert.Equal("2026-11-04T00:00:00Z", result.GetProperty("to").GetString());
        var starts = Starts(result);
        Assert.Equal(15, starts.Length);
        Assert.Equal("2026-10-28T13:00:00Z", starts[0]);
        Assert.Equal("2026-11-03T16:00:00Z", starts[^1]);
        Assert.Equal("2026-10-28T09:00:00", result.GetProperty("slots")[0].GetProperty("localStart").GetString());
    }

    [Fact]
    public async Task Slots_Take_LimitsTheSlotsReturned()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/slots?timeZone=Europe/Berlin&from=2026-11-03T00:00:00Z&to=2026-11-10T00:00:00Z&take=2");

        Assert.Equal(["2026-11-03T14:00:00Z", "2026-11-03T15:00:00Z"], Starts(result));
        Assert.Equal(2, result.GetProperty("count").GetInt32());
        Assert.Equal(15, result.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=2026-11-03T00:00:00Z&to=2026-11-10T00:00:00Z", "timeZone")]
    [InlineData("timeZone=Nowhere/City", "timeZone")]
    [InlineData("timeZone=UTC&from=yesterday", "from")]
    [InlineData("timeZone=UTC&from=2026-11-03", "from")]
    [InlineData("timeZone=UTC&to=2026-11-10T25:00:00Z", "to")]
    [InlineData("timeZone=UTC&from=2026-11-10T00:00:00Z&to=2026-11-03T00:00:00Z", "to")]
    [InlineData("timeZone=UTC&from=2026-11-03T00:00:00Z&to=2026-11-03T00:00:00Z", "to")]
    [InlineData("timeZone=UTC&from=2026-11-01T00:00:00Z&to=2027-01-03T00:00:00Z", "to")]
    [InlineData("timeZone=UTC&take=0", "take")]
    [InlineData("timeZone=UTC&take=1001", "take")]
    [InlineData("timeZone=UTC&take=ten", "take")]
    public async Task Slots_BadQuery_ReturnsProblemNamingTheParameter(string query, string field)
    {
        using var client = await OwnerWithScheduleAsync();

        var response = await client.GetAsync($"/api/availability/slots?{query}");

        Assert.False(string.IsNullOrWhiteSpace(await ProblemAssert.IsValidationProblemAsync(response, field)));
    }

    [Fact]
    public async Task Slots_NoSettings_Returns404Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/availability/slots?timeZone=Europe/Berlin");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Calendar settings not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Slots_AnotherOwner_Returns404Problem()
    {
        using (await OwnerWithScheduleAsync())
        {
        }

        using var other = factory.CreateClientFor(_owner + "-other");

        var response = await other.GetAsync("/api/availability/slots?timeZone=Europe/Berlin&from=2026-11-03T00:00:00Z&to=2026-11-10T00:00:00Z");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Slots_StoredSettingsInvalid_Returns400ProblemNamingTheField()
    {
        // Settings written around the API (by another tool) that can never yield a slot: the exception handler names the field.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var settings = new CalendarSettings { OwnerId = new UserId(_owner), TimeZoneId = "Europe/Berlin", MeetingDuration = Duration.FromHours(5) };
            settings.Rules.Add(new AvailabilityRule { CalendarSettingsId = settings.Id, Days = SendingDays.Monday, Start = new LocalTime(9, 0), End = new LocalTime(12, 0) });
            await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().CalendarSettings.AddAsync(settings);
        }

        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/availability/slots?timeZone=Europe/Berlin");

        Assert.Contains("longer than every working range", await ProblemAssert.IsValidationProblemAsync(response, "meetingDurationMinutes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Sunday_ReturnsOutsideWorkingHours()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/explain?timeZone=Europe/Berlin&at=2026-11-08T14:00:00Z");

        Assert.False(result.GetProperty("isBookable").GetBoolean());
        Assert.Equal("2026-11-08T14:00:00Z", result.GetProperty("start").GetString());
        Assert.Equal("2026-11-08T15:00:00Z", result.GetProperty("end").GetString());
        Assert.Equal("2026-11-08T15:00:00", result.GetProperty("localStart").GetString());
        var reason = Assert.Single(result.GetProperty("reasons").EnumerateArray());
        Assert.Equal("outsideWorkingHours", reason.GetProperty("reason").GetString());
        Assert.Equal("owner", reason.GetProperty("participant").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrEmpty(result.GetProperty("tzdbVersion").GetString()));
    }

    [Fact]
    public async Task Explain_SlotOnTheGrid_IsBookableWithoutReasons()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/explain?timeZone=Europe/Berlin&at=2026-11-03T14:00:00Z");

        Assert.True(result.GetProperty("isBookable").GetBoolean());
        Assert.Empty(result.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Explain_OffTheGridAndTooSoon_ReturnsEveryReason()
    {
        using var client = await OwnerWithScheduleAsync();

        var result = await client.GetFromJsonAsync<JsonElement>("/api/availability/explain?timeZone=UTC&at=2026-10-28T00:30:00Z");

        var reasons = result.GetProperty("reasons").EnumerateArray().ToDictionary(r => r.GetProperty("reason").GetString()!, r => r.GetProperty("participant").GetString());
        Assert.Equal("everyone", reasons["underMinimumNotice"]);
        Assert.Equal("owner", reasons["outsideWorkingHours"]);
    }

    [Theory]
    [InlineData("timeZone=Europe/Berlin", "at")]
    [InlineData("timeZone=Europe/Berlin&at=tomorrow", "at")]
    [InlineData("at=2026-11-03T14:00:00Z", "timeZone")]
    [InlineData("timeZone=Atlantis/Capital&at=2026-11-03T14:00:00Z", "timeZone")]
    public async Task Explain_BadQuery_ReturnsProblemNamingTheParameter(string query, string field)
    {
        using var client = await OwnerWithScheduleAsync();

        var response = await client.GetAsync($"/api/availability/explain?{query}");

        Assert.False(string.IsNullOrWhiteSpace(await ProblemAssert.IsValidationProblemAsync(response, field)));
    }

    [Fact]
    public async Task Explain_NoSettings_Returns404Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/availability/explain?timeZone=Europe/Berlin&at=2026-11-03T14:00:00Z");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Get_ListsCalendarSettingsAndAvailabilityPaths()
    {
        using var client = factory.CreateClient();

        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        var names = paths.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/calendar-settings", "/api/availability/slots", "/api/availability/explain" }, names);
        Assert.True(paths.GetProperty("/api/calendar-settings").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/calendar-settings").TryGetProperty("put", out _));
    }
}
