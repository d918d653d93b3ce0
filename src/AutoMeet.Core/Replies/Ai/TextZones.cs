namespace AutoMeet.Replies.Ai;

/// <summary>The zones a reply's words can justify, beyond the prospect's and the host's (abbreviations, region and city names, GMT/UTC offsets).</summary>
internal static class TextZones
{
    private static readonly (string Word, string Zone)[] Named =
    [
        ("et", "America/New_York"), ("est", "America/New_York"), ("edt", "America/New_York"), ("eastern", "America/New_York"),
        ("ct", "America/Chicago"), ("cst", "America/Chicago"), ("cdt", "America/Chicago"), ("central", "America/Chicago"),
        ("mt", "America/Denver"), ("mst", "America/Denver"), ("mdt", "America/Denver"), ("mountain", "America/Denver"),
        ("pt", "America/Los_Angeles"), ("pst", "America/Los_Angeles"), ("pdt", "America/Los_Angeles"), ("pacific", "America/Los_Angeles"),
        ("cet", "Europe/Berlin"), ("cest", "Europe/Berlin"), ("mez", "Europe/Berlin"), ("mesz", "Europe/Berlin"),
        ("uk", "Europe/London"), ("bst", "Europe/London"), ("london", "Europe/London"),
        ("aest", "Australia/Sydney"), ("aedt", "Australia/Sydney"), ("mexico", "America/Mexico_City"),
    ];

    /// <summary>Gets whether <paramref name="zoneId"/> is justified by the words of the reply.</summary>
    public static bool IsNamed(string zoneId, IReadOnlySet<string> words)
    {
        foreach (var (word, zone) in Named)
        {
            if (zone == zoneId && words.Contains(word))
            {
                return true;
            }
        }

        // A fixed offset ("GMT+1" is Etc/GMT-1) needs GMT or UTC in the text; a city zone needs its city named ("Paris time").
        if (zoneId.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return words.Contains("gmt") || words.Contains("utc");
        }

        var city = zoneId[(zoneId.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return !city.Contains('_', StringComparison.Ordinal) ? words.Contains(city) : city.Split('_').All(words.Contains);
    }
}
