using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Meetings;

/// <summary>Writes meeting times for people: local wall-clock time in a zone, with the zone's id and abbreviation.</summary>
internal static class MeetingTimeText
{
    private static readonly LocalDateTimePattern Day = LocalDateTimePattern.Create("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Time = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>For example <c>Tuesday 10 March 2026, 10:00–10:30 (Europe/Berlin, CET)</c>.</summary>
    public static string Format(Instant start, Instant end, DateTimeZone zone)
    {
        var localStart = start.InZone(zone);
        var localEnd = end.InZone(zone);
        var endText = localEnd.Date == localStart.Date ? Time.Format(localEnd.TimeOfDay) : Day.Format(localEnd.LocalDateTime);
        return $"{Day.Format(localStart.LocalDateTime)}–{endText} ({ZoneName(zone, start)})";
    }

    /// <summary>For example <c>Tuesday 10 March 2026, 10:00 (Europe/Berlin, CET)</c>.</summary>
    public static string At(Instant instant, DateTimeZone zone) => $"{Day.Format(instant.InZone(zone).LocalDateTime)} ({ZoneName(zone, instant)})";

    /// <summary>The zone's id, with its abbreviation at that instant when it has a distinct one (for example <c>Europe/Berlin, CEST</c>).</summary>
    public static string ZoneName(DateTimeZone zone, Instant at)
    {
        var abbreviation = zone.GetZoneInterval(at).Name;
        return string.IsNullOrEmpty(abbreviation) || abbreviation == zone.Id || abbreviation.StartsWith('+') || abbreviation.StartsWith('-')
            ? zone.Id
            : $"{zone.Id}, {abbreviation}";
    }
}
