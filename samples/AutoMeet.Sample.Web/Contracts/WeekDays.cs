using AutoMeet.Campaigns;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The API names of week days: <c>monday</c> … <c>sunday</c>, or ISO numbers 1 (Monday) to 7 (Sunday).</summary>
internal static class WeekDays
{
    private static readonly string[] All = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Lists the days of a set, Monday first.</summary>
    public static IEnumerable<string> Names(SendingDays days) =>
        All.Where((_, i) => (days & (SendingDays)(1 << i)) != 0);

    public static bool TryParse(string? name, out SendingDays day)
    {
        var index = Array.FindIndex(All, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        day = index < 0 ? SendingDays.None : (SendingDays)(1 << index);
        return index >= 0;
    }

    public static bool TryParse(int isoNumber, out SendingDays day)
    {
        day = isoNumber is >= 1 and <= 7 ? (SendingDays)(1 << (isoNumber - 1)) : SendingDays.None;
        return day != SendingDays.None;
    }
}
