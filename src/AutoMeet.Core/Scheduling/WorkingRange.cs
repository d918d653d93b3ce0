using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents a wall-clock working range on one local date in the owner's zone. An end at or before the start
/// means the range crosses midnight and ends on the next date; <c>00:00–00:00</c> is a whole day.
/// </summary>
/// <param name="Start">The local start.</param>
/// <param name="End">The local end; at or before <paramref name="Start"/> means the next date.</param>
public readonly record struct WorkingRange(LocalTime Start, LocalTime End)
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Gets a value indicating whether the range ends on the next local date.</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>Gets the wall-clock length of the range (ignoring DST changes), from a minute up to 24 hours.</summary>
    public Duration WallClockLength => CrossesMidnight
        ? Duration.FromDays(1) - (Start - End).ToDuration()
        : (End - Start).ToDuration();

    /// <summary>Gets the start in nanoseconds after midnight.</summary>
    internal long StartNanos => Start.NanosecondOfDay;

    /// <summary>Gets the end in nanoseconds after the start date's midnight (past 24 h when the range crosses midnight).</summary>
    internal long EndNanos => CrossesMidnight ? End.NanosecondOfDay + NodaConstants.NanosecondsPerDay : End.NanosecondOfDay;

    /// <inheritdoc/>
    public override string ToString() =>
        Pattern.Format(Start) + "-" + Pattern.Format(End) + (CrossesMidnight ? " (next day)" : string.Empty);
}
