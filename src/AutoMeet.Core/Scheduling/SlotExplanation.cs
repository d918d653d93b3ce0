using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents why a meeting start is or is not bookable.</summary>
/// <param name="Start">The meeting start explained.</param>
/// <param name="End">The meeting end.</param>
/// <param name="IsBookable">Whether the slot is bookable (everyone free in collective mode; anyone free in round-robin mode).</param>
/// <param name="FreeParticipants">The participants free for it, as a bit mask over the request's participants.</param>
/// <param name="Blockers">Every reason that blocks it, in participant order (empty when everyone is free).</param>
/// <param name="TzdbVersion">The version of the time-zone database used.</param>
public sealed record SlotExplanation(Instant Start, Instant End, bool IsBookable, ulong FreeParticipants, IReadOnlyList<SlotBlocker> Blockers, string TzdbVersion);
