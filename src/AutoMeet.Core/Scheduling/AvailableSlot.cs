using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents a bookable slot.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end (start plus the meeting duration).</param>
/// <param name="Participants">
/// The participants free for it, as a bit mask over <see cref="AvailabilityRequest.Participants"/> (bit <c>i</c> is
/// participant <c>i</c>): every participant in collective mode, the free ones in round-robin mode.
/// </param>
public readonly record struct AvailableSlot(Instant Start, Instant End, ulong Participants)
{
    /// <summary>Returns whether a participant is free for the slot.</summary>
    /// <param name="index">The participant's index in the request.</param>
    /// <returns><see langword="true"/> if the participant is free.</returns>
    public bool Includes(int index) => index is >= 0 and < 64 && (Participants & (1UL << index)) != 0;
}
