using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// Checks the windows a model returned. Every window must pass all three gates, or the whole answer is rejected:
/// <list type="number">
/// <item>Shape: local ISO times, a tzdb zone that is the prospect's, the host's, one the offline extractor used or one
/// the text names; start before end; a length within [<see cref="AiReplyOptions.MinWindowLength"/>,
/// <see cref="AiReplyOptions.MaxWindowLength"/>]; ending after the reply and starting within
/// <see cref="AiReplyOptions.AvailabilityHorizon"/>.</item>
/// <item>Evidence: it overlaps a window of the offline extractor, or the text names its day (weekday, day of month,
/// month, or a relative word pointing to it) and its time (one of its hours, a part of the day, or the whole-day default).</item>
/// <item>Hours: unless it lies inside an offline window, it starts at or after <see cref="AiReplyOptions.EarliestHour"/>
/// and ends by <see cref="AiReplyOptions.LatestHour"/> on the same day, so a model cannot put a 3 a.m. slot on a text
/// that the deterministic reading does not support.</item>
/// </list>
/// </summary>
internal static class AiWindowValidator
{
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static bool TryValidate(
        AiAvailabilityPayload payload, AvailabilityText input, string text, ExtractedAvailability offline, AiReplyOptions options,
        IDateTimeZoneProvider zones, out ExtractedAvailability result)
    {
        result = ExtractedAvailability.Nothing;
        if (payload.Windows.Count > options.MaxWindows)
        {
            return false;
        }

        var received = input.ReceivedLocal.InZoneLeniently(input.ProspectZone).ToInstant();
        var offlineIntervals = offline.Windows.Select(w => ToInterval(w, zones)).OfType<Interval>().ToList();
        var offlineZones = offline.Windows.Select(w => w.ZoneId).ToHashSet(StringComparer.Ordinal);
        var evidence = TextEvidence.Of(text);
        var windows = new List<OfferedWindow>(payload.Windows.Count);
        foreach (var window in payload.Windows)
        {
            if (!TryParse(window.Start, out var start) || !TryParse(window.End, out var end) || zones.GetZoneOrNull(window.Tz) is not { } zone)
            {
                return false;
            }

            var zoneAllowed = zone.Id == input.ProspectZone.Id || zone.Id == input.HostZone.Id || offlineZones.Contains(zone.Id) || TextZones.IsNamed(zone.Id, evidence.Words);
            if (!zoneAllowed || start >= end)
            {
                return false;
            }

            var startInstant = start.InZoneLeniently(zone).ToInstant();
            var endInstant = end.InZoneLeniently(zone).ToInstant();
            var length = (endInstant - startInstant).ToTimeSpan();
            if (length < options.MinWindowLength || length > options.MaxWindowLength
                || endInstant <= received || startInstant > received + Duration.FromTimeSpan(options.AvailabilityHorizon))
            {
                return false;
            }

            var interval = new Interval(startInstant, endInstant);
            var overlapsOffline = offlineIntervals.Exists(o => o.Start < interval.End && interval.Start < o.End);
            var insideOffline = offlineIntervals.Exists(o => o.Start <= interval.Start && interval.End <= o.End);
            var receivedDate = received.InZone(zone).Date;
            var named = evidence.NamesDay(start.Date, receivedDate) && evidence.NamesTime(start.TimeOfDay, end.TimeOfDay);
            if (!(overlapsOffline || named) || !(insideOffline || InPlausibleHours(start, end, options)))
            {
                return false;
            }

            windows.Add(new OfferedWindow(start, end, zone.Id));
        }

        result = windows.Count == 0 ? ExtractedAvailability.Nothing : new ExtractedAvailability(AvailabilityKind.Windows, windows);
        return true;
    }

    private static bool InPlausibleHours(LocalDateTime start, LocalDateTime end, AiReplyOptions options)
    {
        var latest = options.LatestHour == 24 ? LocalTime.MaxValue : new LocalTime(options.LatestHour, 0);
        return start.Date == end.Date && start.Hour >= options.EarliestHour && end.TimeOfDay <= latest;
    }

    private static bool TryParse(string text, out LocalDateTime value)
    {
        var parsed = Seconds.Parse(text);
        if (!parsed.Success)
        {
            parsed = Minutes.Parse(text);
        }

        value = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static Interval? ToInterval(OfferedWindow window, IDateTimeZoneProvider zones) =>
        zones.GetZoneOrNull(window.ZoneId) is { } zone && window.Start < window.End
            ? new Interval(window.Start.InZoneLeniently(zone).ToInstant(), window.End.InZoneLeniently(zone).ToInstant())
            : null;
}
