namespace AutoMeet.Scheduling.Internal;

/// <summary>A half-open interval <c>[Start, End)</c> in Unix ticks.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end (exclusive).</param>
internal readonly record struct TickInterval(long Start, long End);
