using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>Represents the result of a call of <see cref="IMeetingChanges"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Status">The meeting's status afterwards, when it exists.</param>
public sealed record MeetingChangeResult(MeetingChangeOutcome Outcome, MeetingStatus? Status)
{
    /// <summary>Gets why the new time cannot be booked (one sentence per rule), for <see cref="MeetingChangeOutcome.SlotUnavailable"/>.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Gets the nearest free starts (nothing is held), for <see cref="MeetingChangeOutcome.SlotUnavailable"/>.</summary>
    public IReadOnlyList<Instant> Alternatives { get; init; } = [];

    /// <summary>Gets the meeting's start afterwards, when it exists.</summary>
    public Instant? Start { get; init; }
}
