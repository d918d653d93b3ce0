using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CalendarSettingsBadInputTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private const string Weekly = "{\"kind\":\"weekly\",\"days\":[\"monday\"],\"start\":\"09:00\",\"end\":\"12:00\"}";

    private readonly string _owner = "bad-settings-" + Guid.NewGuid().ToString("N");

    private static string Body(string rules, string extra = "") =>
        "{\"timeZone\":\"America/New_York\"" + extra + ",\"rules\":[" + rules + "]}";

    private static async Task AssertNothingStoredAsync(HttpClient client) =>
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/calendar-settings"), HttpStatusCode.NotFound);

    public static TheoryData<string, string> ShapeErrors() => new()
    {
        { "{\"rules\":[" + Weekly + "]}", "timeZone" },
        { "{\"timeZone\":\"  \",\"rules\":[" + Weekly + "]}", "timeZone" },
        { "{\"timeZone\":\"Mars/Olympus_Mons\",\"rules\":[" + Weekly + "]}", "timeZone" },
        { "{\"timeZone\":\"Europe/Berlin\"}", "rules" },
        { Body("null"), "rules[0]" },
        { Body("{\"days\":[\"monday\"],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].kind" },
        { Body(Weekly + ",{\"kind\":\"fortnightly\",\"days\":[1],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[1].kind" },
        { Body("{\"kind\":\"weekly\",\"days\":[\"monday\",\"funday\"],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].days[1]" },
        { Body("{\"kind\":\"weekly\",\"days\":[8],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].days[0]" },
        { Body("{\"kind\":\"weekly\",\"days\":[],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].days" },
        { Body("{\"kind\":\"weekly\",\"days\":\"monday\",\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].days" },
        { Body("{\"kind\":\"weekly\",\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].days" },
        { Body(Weekly + ",{\"kind\":\"weekly\",\"days\":[2],\"start\":\"9am\",\"end\":\"12:00\"}"), "rules[1].start" },
        { Body("{\"kind\":\"weekly\",\"days\":[2],\"start\":\"09:00\",\"end\":\"25:00\"}"), "rules[0].end" },
        { Body("{\"kind\":\"weekly\",\"days\":[2],\"start\":\"09:00\"}"), "rules[0].end" },
        { Body("{\"kind\":\"dateOverride\",\"date\":\"2026-13-01\",\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].date" },
        { Body("{\"kind\":\"dateOverride\",\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].date" },
        { Body("{\"kind\":\"dateOverride\",\"date\":\"2026-12-24\",\"isUnavailable\":true,\"start\":\"09:00\"}"), "rules[0].start" },
        { Body("{\"kind\":\"weekly\",\"days\":[1],\"date\":\"2026-12-24\",\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].date" },
        { Body("{\"kind\":\"weekly\",\"days\":[1],\"weekOfMonth\":1,\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].weekOfMonth" },
        { Body(Weekly, ",\"busyCalendarIds\":[\"primary\",\" \"]"), "busyCalendarIds[1]" },
        { Body(Weekly, ",\"version\":0"), "version" },
        { Body(Weekly, ",\"meetingDurationMinutes\":\"thirty\""), "meetingDurationMinutes" },
        { Body(Weekly, ",\"tentativeIsBusy\":\"yes\""), "tentativeIsBusy" },
        { Body("{\"kind\":\"weekly\",\"days\":[1],\"start\":9,\"end\":\"12:00\"}"), "rules[0].start" },
        { "{\"timeZone\":\"Europe/Berlin\",\"rules\":", "body" },
        { "[]", "body" },
    };

    public static TheoryData<string, string> DomainErrors() => new()
    {
        { Body(string.Empty), "rules" },
        { Body("{\"kind\":\"weekly\",\"days\":[1],\"start\":\"09:00\",\"end\":\"09:00\"}"), "rules[0].end" },
        { Body(Weekly + ",{\"kind\":\"weekly\",\"days\":[\"monday\"],\"start\":\"11:00\",\"end\":\"13:00\"}"), "rules[1]" },
        { Body("{\"kind\":\"monthlyNthWeekday\",\"days\":[6],\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].weekOfMonth" },
        { Body("{\"kind\":\"dateOverride\",\"date\":\"2026-12-24\",\"isUnavailable\":true}," + Weekly + ",{\"kind\":\"monthlyNthWeekday\",\"days\":[6],\"weekOfMonth\":6,\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[2].weekOfMonth" },
        { Body("{\"kind\":\"weekly\",\"days\":[1],\"intervalWeeks\":2,\"start\":\"09:00\",\"end\":\"12:00\"}"), "rules[0].anchorDate" },
        { Body(Weekly + ",{\"kind\":\"dateOverride\",\"date\":\"2026-12-31\",\"start\":\"10:00\",\"end\":\"12:00\"},{\"kind\":\"dateOverride\",\"date\":\"2026-12-31\",\"start\":\"11:00\",\"end\":\"13:00\"}"), "rules[2]" },
        { Body(Weekly, ",\"meetingDurationMinutes\":0"), "meetingDurationMinutes" },
        { Body(Weekly, ",\"slotIntervalMinutes\":2000"), "slotIntervalMinutes" },
        { Body(Weekly, ",\"bufferBeforeMinutes\":-5"), "bufferBeforeMinutes" },
        { Body(Weekly, ",\"minimumNoticeMinutes\":-1"), "minimumNoticeMinutes" },
        { Body(Weekly, ",\"bookingHorizonDays\":400"), "bookingHorizonDays" },
        { Body(Weekly, ",\"maxMeetingsPerDay\":0"), "maxMeetingsPerDay" },
        { Body(Weekly, ",\"maxMeetingsPerWeek\":-2"), "maxMeetingsPerWeek" },
    };

    [Theory]
    [MemberData(nameof(ShapeErrors))]
    [MemberData(nameof(DomainErrors))]
    public async Task Put_InvalidBody_ReturnsProblemNamingTheFieldAndStoresNothing(string body, string field)
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(body));

        var message = await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("weeklyRules", message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(client);
    }

    [Fact]
    public async Task Put_MinimumNoticeLongerThanHorizon_IsRejectedAsNeverBookable()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(Body(Weekly, ",\"bookingHorizonDays\":2,\"minimumNoticeMinutes\":4320")));

        var message = await ProblemAssert.IsValidationProblemAsync(response, "minimumNoticeMinutes");
        Assert.Contains("no slot could ever be bookable", message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(client);
    }

    [Fact]
    public async Task Put_DurationLongerThanEveryRange_IsRejectedNamingTheDuration()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(Body(Weekly, ",\"meetingDurationMinutes\":240")));

        var message = await ProblemAssert.IsValidationProblemAsync(response, "meetingDurationMinutes");
        Assert.Contains("longer than every working range", message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(client);
    }

    [Fact]
    public async Task Put_OverlappingRules_NamesTheRulesAsSent()
    {
        using var client = factory.CreateClientFor(_owner);
        var body = Body("{\"kind\":\"dateOverride\",\"date\":\"2026-12-24\",\"isUnavailable\":true}," + Weekly + ",{\"kind\":\"weekly\",\"days\":[1],\"start\":\"11:30\",\"end\":\"14:00\"}");

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(body));

        var message = await ProblemAssert.IsValidationProblemAsync(response, "rules[2]");
        Assert.Contains("overlaps rules[1]", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_InvalidUpdate_LeavesTheStoredSettingsUnchanged()
    {
        using var client = factory.CreateClientFor(_owner);
        var saved = await SettingsBodies.SaveAsync(client, SettingsBodies.WeekdayMornings());

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(Body(Weekly, ",\"version\":1,\"meetingDurationMinutes\":240")));

        await ProblemAssert.IsValidationProblemAsync(response, "meetingDurationMinutes");
        var fetched = await client.GetFromJsonAsync<JsonElement>("/api/calendar-settings");
        Assert.Equal(saved.ToString(), fetched.ToString());
    }

    [Fact]
    public async Task Put_NotJson_Returns415Problem()
    {
        using var client = factory.CreateClientFor(_owner);

        var response = await client.PutAsync("/api/calendar-settings", new StringContent("timeZone=UTC", System.Text.Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync(client);
    }

    [Fact]
    public async Task Put_SeveralShapeErrors_NamesEachField()
    {
        using var client = factory.CreateClientFor(_owner);
        var body = "{\"timeZone\":\"Nowhere/Land\",\"rules\":[{\"kind\":\"weekly\",\"days\":[0],\"start\":\"9\",\"end\":\"12:00\"}]}";

        var response = await client.PutAsync("/api/calendar-settings", SettingsBodies.Json(body));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "timeZone", "rules[0].days[0]", "rules[0].start" }, fields);
    }
}
