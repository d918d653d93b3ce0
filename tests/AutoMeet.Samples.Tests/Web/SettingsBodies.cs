using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>Calendar-settings request bodies and helpers shared by the settings and availability tests.</summary>
internal static class SettingsBodies
{
    /// <summary>Monday to Friday 09:00–12:00 in <paramref name="zone"/>, hour-long meetings on an hourly grid.</summary>
    public static object WeekdayMornings(string zone = "America/New_York", long? version = null) => new
    {
        timeZone = zone,
        meetingDurationMinutes = 60,
        slotIntervalMinutes = 60,
        minimumNoticeMinutes = 240,
        bookingHorizonDays = 30,
        rules = new object[] { new { kind = "weekly", days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, start = "09:00", end = "12:00" } },
        version,
    };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> SaveAsync(HttpClient client, object body)
    {
        var response = await client.PutAsJsonAsync("/api/calendar-settings", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Saving the settings failed with {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
