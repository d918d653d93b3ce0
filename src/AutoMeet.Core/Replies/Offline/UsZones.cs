using System.Collections.Frozen;
using NodaTime;
using NodaTime.TimeZones;

namespace AutoMeet.Replies.Offline;

/// <summary>Zones whose locale writes numeric dates month first (the United States).</summary>
internal static class UsZones
{
    private static readonly FrozenSet<string> Ids = (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
        .Where(l => l.CountryCode == "US")
        .Select(l => l.ZoneId)
        .Concat(["US/Eastern", "US/Central", "US/Mountain", "US/Pacific", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets whether dates like 3/12 mean 12 March in <paramref name="zone"/>.</summary>
    public static bool IsMonthFirst(DateTimeZone zone) => Ids.Contains(zone.Id);
}
