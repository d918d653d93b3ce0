using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>Parses the query parameters of the availability endpoints; every error names its parameter.</summary>
internal static class AvailabilityQuery
{
    /// <summary>The longest window <c>/slots</c> searches, in days.</summary>
    public const int MaxWindowDays = 62;

    /// <summary>The window <c>/slots</c> searches when <c>to</c> is left out, in days.</summary>
    public const int DefaultWindowDays = 7;

    /// <summary>The most slots one answer returns.</summary>
    public const int MaxTake = 1000;

    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    public static DateTimeZone? Zone(string? id, IDateTimeZoneProvider zones, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["timeZone"] = ["is required: the IANA zone to show times in, such as Europe/Berlin."];
            return null;
        }

        var zone = zones.GetZoneOrNull(id.Trim());
        if (zone is null)
        {
            errors["timeZone"] = [$"{CalendarSettingsRequestReader.Quote(id)} is not a known IANA time-zone id."];
        }

        return zone;
    }

    public static Instant? Instant(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[name] = [$"{CalendarSettingsRequestReader.Quote(text)} is not a UTC instant such as 2026-11-03T14:00:00Z."];
        return null;
    }

    public static int Take(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return MaxTake;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var take) && take is >= 1 and <= MaxTake)
        {
            return take;
        }

        errors["take"] = [$"{CalendarSettingsRequestReader.Quote(text)} is not a whole number from 1 to {MaxTake}."];
        return MaxTake;
    }

    /// <summary>Formats an instant as a local date-time in a zone, <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public static string LocalText(Instant instant, DateTimeZone zone) => Local.Format(instant.InZone(zone).LocalDateTime);
}
