using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>
/// Stores NodaTime values on SQLite, which has no NodaTime plugin, in forms that compare correctly in SQL: instants
/// as Unix ticks (so claims and filters can compare them), dates as ISO text, times of day and durations as ticks.
/// </summary>
internal static class SqliteNodaTimeConverters
{
    internal sealed class InstantToTicks() : ValueConverter<Instant, long>(v => v.ToUnixTimeTicks(), v => Instant.FromUnixTimeTicks(v));

    internal sealed class LocalDateToIsoText() : ValueConverter<LocalDate, string>(v => LocalDatePattern.Iso.Format(v), v => LocalDatePattern.Iso.Parse(v).Value);

    internal sealed class LocalTimeToTicks() : ValueConverter<LocalTime, long>(v => v.TickOfDay, v => LocalTime.FromTicksSinceMidnight(v));

    internal sealed class DurationToTicks() : ValueConverter<Duration, long>(v => v.BclCompatibleTicks, v => Duration.FromTicks(v));
}
