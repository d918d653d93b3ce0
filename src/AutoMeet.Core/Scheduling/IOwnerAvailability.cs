using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Answers availability questions for an owner from what is stored: their calendar settings, the synced busy time of
/// their connected calendars, and AutoMeet's own meetings (booked ones, and proposed ones while their hold lasts).
/// </summary>
/// <remarks>Safe for concurrent use; each call reads the store in its own scope.</remarks>
public interface IOwnerAvailability
{
    /// <summary>Computes an owner's bookable slots in a window.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="inviteeZone">The zone of the person invited (for the rolling horizon and for display).</param>
    /// <param name="window">The window to search.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The slots, by start, with the tzdb version.</returns>
    /// <exception cref="KeyNotFoundException">The owner has no calendar settings.</exception>
    /// <exception cref="AvailabilityValidationException">The stored settings or the window are invalid; the exception names the field.</exception>
    Task<AvailabilityResult> GetSlotsAsync(UserId ownerId, DateTimeZone inviteeZone, Interval window, CancellationToken cancellationToken = default);

    /// <summary>Explains why a meeting of the owner starting at an instant is or is not bookable.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="inviteeZone">The zone of the person invited.</param>
    /// <param name="start">The meeting start to explain.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The owner has no calendar settings.</exception>
    /// <exception cref="AvailabilityValidationException">The stored settings are invalid.</exception>
    Task<SlotExplanation> ExplainAsync(UserId ownerId, DateTimeZone inviteeZone, Instant start, CancellationToken cancellationToken = default);
}
