using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CalendarSettingsEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "settings-owner-" + Guid.NewGuid().ToString("N");

    private static object FullBody(long? version = null) => new
    {
        timeZone = "Europe/Berlin",
        meetingDurationMinutes = 45,
        slotIntervalMinutes = 15,
        bufferBeforeMinutes = 5,
        bufferAfterMinutes = 10,
        minimumNoticeMinutes = 120,
        bookingHorizonDays = 21,
        maxMeetingsPerDay = 4,
        maxMeetingsPerWeek = 12,
        busyCalendarIds = new[] { "primary", "team@example.com" },
        tentativeIsBusy = false,
        transparentIsBusy = true,
        rules = new object[]
        {
            new { kind = "weekly", days = new object[] { "monday", 2, "Wednesday", 4, 5 }, start = "09:00", end = "12:00" },
            new { kind = "weekly", days = new[] { "sunday" }, start = "22:00", end = "02:00" },
            new { kind = "monthlyNthWeekday", days = new[] { "saturday" }, weekOfMonth = 1, start = "10:00", end = "12:00" },
            new { kind = "dateOverride", date = "2026-12-24", isUnavailable = true },
            new { kind = "dateOverride", date = "2026-12-31", start = "10:00", end = "24:00" },
        },
        version,
    };

    [Fact]
    public async Task Get_NoSettings_Returns404Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.GetAsync("/api/calendar-settings");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("PUT /api/calendar-settings", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_NewSettings_Returns200AndGetReturnsTheSame()
    {
        using var client = factory.CreateClientFor(_owner);

        var saved = await SettingsBodies.SaveAsync(client, FullBody());
        var fetched = await client.GetFromJsonAsync<JsonElement>("/api/calendar-settings");

        Assert.Equal(1, saved.GetProperty("version").GetInt64());
        Assert.Equal(saved.ToString(), fetched.ToString());
        Assert.Equal("Europe/Berlin", fetched.GetProperty("timeZone").GetString());
        Assert.Equal(45, fetched.GetProperty("meetingDurationMinutes").GetInt32());
        Assert.Equal(5, fetched.GetProperty("bufferBeforeMinutes").GetInt32());
        Assert.Equal(10, fetched.GetProperty("bufferAfterMinutes").GetInt32());
        Assert.Equal(120, fetched.GetProperty("minimumNoticeMinutes").GetInt32());
        Assert.Equal(21, fetched.GetProperty("bookingHorizonDays").GetInt32());
        Assert.Equal(4, fetched.GetProperty("maxMeetingsPerDay").GetInt32());
        Assert.Equal(12, fetched.GetProperty("maxMeetingsPerWeek").GetInt32());
        Assert.Equal(["primary", "team@example.com"], fetched.GetProperty("busyCalendarIds").EnumerateArray().Select(e => e.GetString()));
        Assert.False(fetched.GetProperty("tentativeIsBusy").GetBoolean());
        Assert.True(fetched.GetProperty("transparentIsBusy").GetBoolean());

        var rules = fetched.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(5, rules.Length);
        Assert.Equal("weekly", rules[0].GetProperty("kind").GetString());
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], rules[0].GetProperty("days").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("22:00", rules[1].GetProperty("start").GetString());
        Assert.Equal("02:00", rules[1].GetProperty("end").GetString());
        Assert.Equal("monthlyNthWeekday", rules[2].GetProperty("kind").GetString());
        Assert.Equal(1, rules[2].GetProperty("weekOfMonth").GetInt32());
        Assert.Equal("dateOverride", rules[3].GetProperty("kind").GetString());
        Assert.True(rules[3].GetProperty("isUnavailable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rules[3].GetProperty("start").ValueKind);
        Assert.Equal("2026-12-31", rules[4].GetProperty("date").GetString());
        Assert.Equal("00:00", rules[4].GetProperty("end").GetString());
    }

    [Fact]
    public async Task Put_OptionalValuesLeftOut_StoresDefaults()
    {
        using var client = factory.CreateClientFor(_owner);

        var saved = await SettingsBodies.SaveAsync(client, new
        {
            timeZone = "Etc/UTC",
            rules = new[] { new { kind = "weekly", days = new[] { 1 }, start = "09:00", end = "17:00" } },
        });

        Assert.Equal(30, saved.GetProperty("meetingDurationMinutes").GetInt32());
        Assert.Equal(15, saved.GetProperty("slotIntervalMinutes").GetInt32());
        Assert.Equal(240, saved.GetProperty("minimumNoticeMinutes").GetInt32());
        Assert.Equal(30, saved.GetProperty("bookingHorizonDays").GetInt32());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("maxMeetingsPerDay").ValueKind);
        Assert.Empty(saved.GetProperty("busyCalendarIds").EnumerateArray());
        Assert.True(saved.GetProperty("tentativeIsBusy").GetBoolean());
        Assert.Equal(1, saved.GetProperty("rules")[0].GetProperty("intervalWeeks").GetInt32());
    }

    [Fact]
    public async Task Put_WithCurrentVersion_ReplacesSettingsAndIncrementsVersion()
    {
        using var client = factory.CreateClientFor(_owner);
        var first = await SettingsBodies.SaveAsync(client, FullBody());

        var second = await SettingsBodies.SaveAsync(client, SettingsBodies.WeekdayMornings(version: 1));

        Assert.Equal(2, second.GetProperty("version").GetInt64());
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("createdAt").GetString(), second.GetProperty("createdAt").GetString());
        var fetched = await client.GetFromJsonAsync<JsonElement>("/api/calendar-settings");
        Assert.Equal("America/New_York", fetched.GetProperty("timeZone").GetString());
        Assert.Equal(2, fetched.GetProperty("version").GetInt64());
        Assert.Single(fetched.GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task Put_TheResponseOfGetSentBack_IsAccepted()
    {
        using var client = factory.CreateClientFor(_owner);
        await SettingsBodies.SaveAsync(client, FullBody());
        var fetched = await client.GetStringAsync("/api/calendar-settings");

        var again = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(fetched));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var saved = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, saved.GetProperty("version").GetInt64());
        Assert.Equal(5, saved.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409AndKeepsTheStoredSettings()
    {
        using var client = factory.CreateClientFor(_owner);
        await SettingsBodies.SaveAsync(client, FullBody());
        await SettingsBodies.SaveAsync(client, FullBody(version: 1));

        var response = await client.PutAsJsonAsync("/api/calendar-settings", SettingsBodies.WeekdayMornings(version: 1));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("version 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var fetched = await client.GetFromJsonAsync<JsonElement>("/api/calendar-settings");
        Assert.Equal(2, fetched.GetProperty("version").GetInt64());
        Assert.Equal("Europe/Berlin", fetched.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Put_ExistingSettingsWithoutVersion_Returns428AndKeepsThem()
    {
        using var client = factory.CreateClientFor(_owner);
        await SettingsBodies.SaveAsync(client, FullBody());

        var response = await client.PutAsJsonAsync("/api/calendar-settings", SettingsBodies.WeekdayMornings());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Contains("'version'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var fetched = await client.GetFromJsonAsync<JsonElement>("/api/calendar-settings");
        Assert.Equal(1, fetched.GetProperty("version").GetInt64());
        Assert.Equal("Europe/Berlin", fetched.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Put_VersionButNoSettings_Returns409AndStoresNothing()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PutAsJsonAsync("/api/calendar-settings", SettingsBodies.WeekdayMornings(version: 3));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/calendar-settings"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_SettingsOfAnotherOwner_Returns404Problem()
    {
        using (var owner = factory.CreateClientFor(_owner))
        {
            await SettingsBodies.SaveAsync(owner, FullBody());
        }

        using var other = factory.CreateClientFor(_owner + "-other");

        var response = await other.GetAsync("/api/calendar-settings");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
