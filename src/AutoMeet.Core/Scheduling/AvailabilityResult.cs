namespace AutoMeet.Scheduling;

/// <summary>Represents the bookable slots of an availability question.</summary>
/// <param name="Slots">The slots, by start.</param>
/// <param name="TzdbVersion">The version of the time-zone database the slots were computed with (for example <c>2025b</c>).</param>
public sealed record AvailabilityResult(IReadOnlyList<AvailableSlot> Slots, string TzdbVersion);
