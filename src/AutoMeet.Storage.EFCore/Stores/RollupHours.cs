using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>Whole UTC hours since the Unix epoch, the unit of the hourly event rollup.</summary>
internal static class RollupHours
{
    private const long TicksPerHour = TimeSpan.TicksPerHour;

    /// <summary>Gets the hour that holds an instant (floored, also before 1970).</summary>
    public static long Of(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return ticks >= 0 ? ticks / TicksPerHour : ((ticks + 1) / TicksPerHour) - 1;
    }

    /// <summary>Gets a value indicating whether an instant starts a whole UTC hour.</summary>
    public static bool IsWholeHour(Instant instant) => instant.ToUnixTimeTicks() % TicksPerHour == 0;
}
