using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Resolves zone phrases: abbreviations, region names, "my time", "your time", GMT/UTC offsets.</summary>
internal static class ZoneNames
{
    private static readonly HashSet<string> CentralEurope =
    [
        "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Brussels", "Europe/Vienna", "Europe/Zurich",
        "Europe/Rome", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw", "Europe/Prague", "Europe/Budapest",
        "Europe/Luxembourg", "Europe/Belgrade", "Europe/Zagreb", "Europe/Ljubljana", "Europe/Bratislava", "Europe/Monaco",
    ];

    /// <summary>Resolves the zone named by the folded words at <paramref name="index"/>; returns how many words it used.</summary>
    public static int TryResolve(IReadOnlyList<string> words, int index, AvailabilityText input, out DateTimeZone? zone)
    {
        zone = null;
        var word = words[index];
        var next = index + 1 < words.Count ? words[index + 1] : string.Empty;
        switch (word)
        {
            case "et" or "est" or "edt" or "eastern":
                zone = Tz("America/New_York");
                return next == "time" ? 2 : 1;
            case "ct" or "cst" or "cdt" or "central":
                zone = Tz("America/Chicago");
                return next == "time" ? 2 : 1;
            case "mt" or "mst" or "mdt" or "mountain":
                zone = Tz("America/Denver");
                return next == "time" ? 2 : 1;
            case "pt" or "pst" or "pdt" or "pacific":
                zone = Tz("America/Los_Angeles");
                return next == "time" ? 2 : 1;
            case "cet" or "cest":
                zone = CentralEurope.Contains(input.ProspectZone.Id) ? input.ProspectZone : Tz("Europe/Berlin");
                return 1;
            case "uk" when next == "time":
                zone = Tz("Europe/London");
                return 2;
            case "sydney" when next == "time":
                zone = Tz("Australia/Sydney");
                return 2;
            case "my" when next is "time" or "local":
                zone = input.ProspectZone;
                return index + 2 < words.Count && words[index + 2] == "time" ? 3 : 2;
            case "local" when next == "time":
                zone = input.ProspectZone;
                return 2;
            case "your" when next == "time":
                zone = input.HostZone;
                return 2;
            case "gmt" or "utc":
                return Offset(words, index, out zone);
            case ['t', 'z', '=', ..]:
                // A zone named by a language table ("hora de México" → tz=America/Mexico_City).
                zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(word[3..]);
                return zone is null ? 0 : 1;
            default:
                return 0;
        }
    }

    // "GMT+1" / "UTC-5": the lexer keeps the sign as its own token. POSIX names invert it: GMT+1 is Etc/GMT-1.
    private static int Offset(IReadOnlyList<string> words, int index, out DateTimeZone? zone)
    {
        zone = Tz("Etc/UTC");
        if (index + 2 < words.Count && words[index + 1] is "+" or "-"
            && int.TryParse(words[index + 2], System.Globalization.CultureInfo.InvariantCulture, out var hours) && hours is > 0 and <= 14)
        {
            zone = Tz(words[index + 1] == "+" ? $"Etc/GMT-{hours}" : $"Etc/GMT+{hours}");
            return 3;
        }

        return 1;
    }

    private static DateTimeZone Tz(string id) => DateTimeZoneProviders.Tzdb[id];
}
