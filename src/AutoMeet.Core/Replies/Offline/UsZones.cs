using System.Collections.Frozen;
using NodaTime;
using NodaTime.TimeZones;

namespace AutoMeet.Replies.Offline;

/// <summary>Zones whose locale writes numeric dates month first (the United States and Japan: "3/18" is 18 March).</summary>
internal static class UsZones
{
    private static readonly FrozenSet<string> Ids = (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
        .Where(l => l.CountryCode is "US" or "JP")
        .Select(l => l.ZoneId)
        .Concat(["US/Eastern", "US/Central", "US/Mountain", "US/Pacific", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets whether dates like 3/12 mean 12 March in <paramref name="zone"/>.</summary>
    public static bool IsMonthFirst(DateTimeZone zone) => Ids.Contains(zone.Id);
}
