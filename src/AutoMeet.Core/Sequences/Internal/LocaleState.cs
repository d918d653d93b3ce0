using AutoMeet.Scheduling.Internal;
using NodaTime;

namespace AutoMeet.Sequences.Internal;

/// <summary>
/// One prospect locale (zone + holidays) with its resolver. Local times resolve with the availability engine's
/// lenient DST policy: a time in a gap moves forward by the gap, an ambiguous time takes the earlier offset.
/// </summary>
internal struct LocaleState
{
    private readonly IReadOnlySet<LocalDate>? _holidays;
    private LocalTimeResolver _resolver;

    public LocaleState(DateTimeZone zone, IReadOnlySet<LocalDate>? holidays)
    {
        Zone = zone;
        _holidays = holidays;
        _resolver = new LocalTimeResolver(zone);
    }

    public DateTimeZone Zone { get; }

    public readonly bool IsHoliday(LocalDate date) => _holidays is not null && _holidays.Contains(date);

    public Instant Resolve(LocalDate date, LocalTime time) => Instant.FromUnixTimeTicks(_resolver.Resolve(date, time));
}
