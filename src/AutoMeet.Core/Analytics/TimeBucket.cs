namespace AutoMeet.Analytics;

/// <summary>The size of a time-series bucket, in the owner's time zone.</summary>
public enum TimeBucket
{
    /// <summary>One local clock hour; a skipped hour (spring forward) has no bucket, a repeated hour (fall back) has two.</summary>
    Hour = 0,

    /// <summary>One local day (23, 24 or 25 hours long).</summary>
    Day = 1,

    /// <summary>One ISO week, Monday to Monday.</summary>
    Week = 2,

    /// <summary>One calendar month.</summary>
    Month = 3,
}
