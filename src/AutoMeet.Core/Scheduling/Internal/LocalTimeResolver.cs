using NodaTime;

namespace AutoMeet.Scheduling.Internal;

/// <summary>
/// Resolves local date-times in one zone with the lenient policy (gap → forward by the gap, ambiguous → earlier
/// offset), remembering the last zone interval: a local time more than a day away from both ends of that interval
/// maps with its offset directly, without NodaTime's general mapping (which allocates). Anything near a transition
/// takes the general path.
/// </summary>
internal struct LocalTimeResolver(DateTimeZone zone)
{
    private const long UnixEpochDayNumber = 719162; // DateOnly.DayNumber of 1970-01-01.
    private const long Margin = NodaConstants.TicksPerDay;

    private long _intervalStart = long.MaxValue;
    private long _intervalEnd = long.MinValue;
    private long _wallOffset;

    public long Resolve(LocalDate date, LocalTime time)
    {
        var local = (date.ToDateOnly().DayNumber - UnixEpochDayNumber) * NodaConstants.TicksPerDay + time.TickOfDay;
        var guess = local - _wallOffset;
        if (guess - _intervalStart >= Margin && _intervalEnd - guess >= Margin)
        {
            return guess;
        }

        var interval = zone.GetZoneInterval(Instant.FromUnixTimeTicks(guess));
        _wallOffset = interval.WallOffset.Ticks;
        _intervalStart = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue / 2;
        _intervalEnd = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue / 2;
        guess = local - _wallOffset;
        return guess - _intervalStart >= Margin && _intervalEnd - guess >= Margin
            ? guess
            : Ticks.Floor((date + time).InZoneLeniently(zone).ToInstant());
    }
}
