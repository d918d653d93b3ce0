namespace AutoMeet.Meetings;

/// <summary>
/// Books a meeting the prospect chose, once approved (by the owner or the autonomous rule): re-checks the slot and
/// commits it in one step, then creates the calendar event with a Meet link and queues the confirmation e-mail.
/// </summary>
/// <remarks>
/// Safe for concurrent use and idempotent: bookings of one owner are serialised, so two meetings racing for one slot
/// never both get it (an older hold wins over a younger one); booking a booked meeting changes nothing, and a booking
/// interrupted after the slot was committed resumes where it stopped (the event is created with an idempotency key
/// derived from the meeting id).
/// </remarks>
public interface IMeetingBooker
{
    /// <summary>
    /// Books a meeting that awaits approval. The slot is re-checked against every rule (working hours, buffers, slot
    /// grid, minimum notice, horizon, daily and weekly limits), every other meeting (booked ones, and older holds) and
    /// the calendar's live busy time; only when it passes is the meeting marked scheduled and the event created.
    /// Otherwise nothing is booked and the prospect is offered the nearest alternatives.
    /// </summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What happened.</returns>
    /// <exception cref="KeyNotFoundException">The meeting's owner has no calendar settings.</exception>
    Task<BookingResult> BookAsync(Id<Meeting> meetingId, CancellationToken cancellationToken = default);
}
