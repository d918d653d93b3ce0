namespace AutoMeet.Scheduling.Internal;

/// <summary>
/// Computes which meeting starts a busy interval rules out once buffers are added: a meeting
/// <c>[s, s + duration)</c> needs <c>[s − bufferBefore, s + duration + bufferAfter)</c> free, so busy time
/// <c>[b, e)</c> blocks every start in the open interval <c>(b − bufferAfter − duration, e + bufferBefore)</c>.
/// </summary>
internal static class BufferCalculator
{
    /// <summary>Returns the half-open range of blocked starts, in ticks, for busy time <c>[busyStart, busyEnd)</c>.</summary>
    /// <param name="busyStart">The busy start.</param>
    /// <param name="busyEnd">The busy end (after the start).</param>
    /// <param name="duration">The meeting length.</param>
    /// <param name="bufferBefore">The buffer before a meeting.</param>
    /// <param name="bufferAfter">The buffer after a meeting.</param>
    /// <returns>Blocked starts <c>[Start, End)</c>.</returns>
    public static TickInterval BlockedStarts(long busyStart, long busyEnd, long duration, long bufferBefore, long bufferAfter) =>
        new(busyStart - bufferAfter - duration + 1, busyEnd + bufferBefore);

    /// <summary>Returns whether a meeting at <paramref name="start"/> needs time that busy time <c>[busyStart, busyEnd)</c> takes.</summary>
    /// <param name="start">The meeting start.</param>
    /// <param name="busyStart">The busy start.</param>
    /// <param name="busyEnd">The busy end.</param>
    /// <param name="duration">The meeting length.</param>
    /// <param name="bufferBefore">The buffer before a meeting.</param>
    /// <param name="bufferAfter">The buffer after a meeting.</param>
    /// <returns><see langword="true"/> if the buffered meeting overlaps the busy time.</returns>
    public static bool Conflicts(long start, long busyStart, long busyEnd, long duration, long bufferBefore, long bufferAfter) =>
        busyEnd > busyStart && start - bufferBefore < busyEnd && start + duration + bufferAfter > busyStart;
}
