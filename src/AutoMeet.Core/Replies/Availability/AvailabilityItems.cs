using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Days named in a sentence (one or several dates), possibly excluded ("not Monday").</summary>
internal sealed record DayItem(List<LocalDate> Dates, bool Excluded);

/// <summary>A time named in a sentence: a point (<see cref="End"/> null: 30 minutes or the stated length) or a range.</summary>
internal sealed record TimeItem(LocalTime Start, LocalTime? End, bool Excluded)
{
    /// <summary>Gets or sets the zone named right after the time, if any.</summary>
    public DateTimeZone? Zone { get; set; }
}
