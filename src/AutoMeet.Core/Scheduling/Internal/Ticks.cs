using NodaTime;

namespace AutoMeet.Scheduling.Internal;

/// <summary>Converts between NodaTime values and Unix ticks (100 ns), the engine's working unit.</summary>
internal static class Ticks
{
    public static long Floor(Instant instant) => instant.ToUnixTimeTicks();

    public static long Ceiling(Instant instant)
    {
        var t = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(t) < instant ? t + 1 : t;
    }

    public static long Of(Duration duration) => duration.BclCompatibleTicks;

    public static Instant ToInstant(long ticks) => Instant.FromUnixTimeTicks(ticks);

    public static LocalDate DateIn(long ticks, DateTimeZone zone) => Instant.FromUnixTimeTicks(ticks).InZone(zone).Date;

    public static long StartOfDay(LocalDate date, DateTimeZone zone) => zone.AtStartOfDay(date).ToInstant().ToUnixTimeTicks();
}
