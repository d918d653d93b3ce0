using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Moves and cancels meetings: the reschedule request handler and the cancellation processor behind prospects'
/// replies, calendar changes and host calls (for example a CRM's "cancel meeting" button).
/// </summary>
/// <remarks>
/// Safe for concurrent use and idempotent: cancelling a cancelled meeting, or moving a meeting to where it already is,
/// changes nothing. Every change is written with its audit entry in one transaction; the calendar event is patched
/// (so its Meet link stays the same) or cancelled afterwards, and a crash in between is completed by the work queue.
/// </remarks>
public interface IMeetingChanges
{
    /// <summary>
    /// Moves a booked meeting. The new time is checked with exactly the booking rules (working hours, buffers, slot
    /// grid, notice, horizon, limits, other meetings and holds, synced and live busy time), the meeting's own current
    /// slot not counting against itself; only then is the meeting moved, its calendar event patched in place, the
    /// prospect sent an updated confirmation (an <c>.ics</c> with the same UID and a higher SEQUENCE) and the move audited.
    /// </summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="newStart">The new start; the end follows from the owner's meeting length.</param>
    /// <param name="actor">Who asks for the move (written to the audit trail).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// <see cref="MeetingChangeOutcome.Rescheduled"/>; or <see cref="MeetingChangeOutcome.SlotUnavailable"/> with the
    /// reasons and the nearest free alternatives, when the new time is outside availability (nothing changed).
    /// </returns>
    /// <exception cref="KeyNotFoundException">The meeting's owner has no calendar settings.</exception>
    Task<MeetingChangeResult> RescheduleAsync(Id<Meeting> meetingId, Instant newStart, MeetingChangeActor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a meeting that is proposed, awaiting approval or booked: the meeting becomes cancelled (audited), its
    /// hold is released and its pending approval lapses, its calendar event is cancelled (an event already gone is
    /// fine), the owner is notified, the prospect gets a short note in the thread, and the prospect's sequence is
    /// stopped or resumed as <see cref="MeetingOptions.EnrollmentAfterCancellation"/> says.
    /// </summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="actor">Who cancels (written to the audit trail; a prospect's cancellation is confirmed to them, an owner's is announced).</param>
    /// <param name="reason">Why, for the audit trail (no personal data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="MeetingChangeOutcome.Cancelled"/>, or why nothing changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    Task<MeetingChangeResult> CancelAsync(Id<Meeting> meetingId, MeetingChangeActor actor, string reason, CancellationToken cancellationToken = default);
}
