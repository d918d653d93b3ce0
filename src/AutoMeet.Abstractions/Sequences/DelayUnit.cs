namespace AutoMeet.Sequences;

/// <summary>Represents the unit of a step's delay.</summary>
public enum DelayUnit
{
    /// <summary>Elapsed hours.</summary>
    Hours = 0,

    /// <summary>Business days in the prospect's zone (weekends and, when configured, holidays skipped).</summary>
    BusinessDays = 1,
}
