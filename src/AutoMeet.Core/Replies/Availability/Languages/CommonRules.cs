namespace AutoMeet.Replies.Availability.Languages;

/// <summary>Rules shared by the continental languages: clock-time notation ("15h30", "15 Uhr", "14.00 uur").</summary>
internal static class CommonRules
{
    /// <summary>Gets the shared rules.</summary>
    public static IEnumerable<string> Rules { get; } =
    [
        "# h # => # : #",
        "# h|uhr|uur|hrs|hs => # oclock",
        "# . # h|uhr|uur => # : # oclock",
        "# : # h|uhr|uur|hrs|hs => # : # oclock",
    ];
}
