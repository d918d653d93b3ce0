using NodaTime;

namespace AutoMeet.Scheduling.Internal;

/// <summary>
/// Turns a schedule's wall-clock ranges into instants. Each range's start and end are local times on its date,
/// resolved with NodaTime's lenient resolver: a time in a DST gap moves forward by the gap, an ambiguous time takes
/// the earlier offset. A range whose end is at or before its start ends on the next date.
/// </summary>
internal static class WorkingHoursEnforcer
{
    /// <summary>Appends the working intervals that can contain instants in <c>[from, to]</c>, date by date, each date's ranges by start.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="from">The earliest instant of interest, in ticks.</param>
    /// <param name="to">The latest instant of interest, in ticks.</param>
    /// <param name="output">Receives the intervals (empty ones, collapsed by a DST gap, are skipped).</param>
    public static void Collect(WorkingSchedule schedule, long from, long to, ref PooledList<TickInterval> output)
    {
        var zone = schedule.Zone;
        var first = Ticks.DateIn(from, zone).PlusDays(-1);
        var last = Ticks.DateIn(to, zone);
        Span<WorkingRange> scratch = schedule.MaxRangesPerDate <= 32
            ? stackalloc WorkingRange[32]
            : new WorkingRange[schedule.MaxRangesPerDate];
        var resolver = new LocalTimeResolver(zone);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var range in schedule.GetRanges(date, scratch))
            {
                var interval = new TickInterval(
                    resolver.Resolve(date, range.Start),
                    resolver.Resolve(range.CrossesMidnight ? date.PlusDays(1) : date, range.End));
                if (interval.End > interval.Start)
                {
                    output.Add(interval);
                }
            }
        }
    }

    /// <summary>Resolves one range on one date to instants.</summary>
    /// <param name="date">The local date the range belongs to.</param>
    /// <param name="range">The range.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The interval in ticks.</returns>
    public static TickInterval ToInstants(LocalDate date, WorkingRange range, DateTimeZone zone)
    {
        var start = (date + range.Start).InZoneLeniently(zone).ToInstant();
        var end = ((range.CrossesMidnight ? date.PlusDays(1) : date) + range.End).InZoneLeniently(zone).ToInstant();
        return new TickInterval(Ticks.Floor(start), Ticks.Floor(end));
    }
}
