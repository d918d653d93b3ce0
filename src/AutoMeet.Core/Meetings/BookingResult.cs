using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Represents the result of <see cref="IMeetingBooker.BookAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Status">The meeting's status afterwards, when it exists.</param>
/// <param name="Reasons">Why the slot could not be booked (one sentence per rule), when it could not.</param>
/// <param name="Alternatives">The starts offered instead, when the slot was taken.</param>
public sealed record BookingResult(BookingOutcome Outcome, MeetingStatus? Status, IReadOnlyList<string> Reasons, IReadOnlyList<Instant> Alternatives)
{
    /// <summary>Gets a value indicating whether the meeting is booked (now or before).</summary>
    public bool IsBooked => Outcome is BookingOutcome.Booked or BookingOutcome.AlreadyBooked;

    internal static BookingResult Simple(BookingOutcome outcome, MeetingStatus? status) => new(outcome, status, [], []);
}
