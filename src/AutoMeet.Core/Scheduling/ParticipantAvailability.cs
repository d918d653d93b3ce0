using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents one participant of an availability question: working time, busy time and booked meetings.</summary>
/// <param name="Schedule">The participant's working time.</param>
/// <param name="Busy">Busy time from every calendar that counts and from AutoMeet's own booked and held meetings, in any order.</param>
public sealed record ParticipantAvailability(WorkingSchedule Schedule, ReadOnlyMemory<BusyTime> Busy)
{
    /// <summary>Gets a name for the participant (for explanations); the default value is empty.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// Gets the starts of meetings already booked with the participant, counted against
    /// <see cref="MeetingSettings.MaxMeetingsPerDay"/> and <see cref="MeetingSettings.MaxMeetingsPerWeek"/> (they must also
    /// appear in <see cref="Busy"/> to block their own time).
    /// </summary>
    public ReadOnlyMemory<Instant> BookedMeetings { get; init; }
}
