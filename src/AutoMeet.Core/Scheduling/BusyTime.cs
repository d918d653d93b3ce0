using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents one busy interval <c>[Start, End)</c> of a participant.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end (exclusive); an end equal to the start is empty and blocks nothing.</param>
/// <param name="Status">What the busy time is.</param>
public readonly record struct BusyTime(Instant Start, Instant End, BusyStatus Status = BusyStatus.Busy);
