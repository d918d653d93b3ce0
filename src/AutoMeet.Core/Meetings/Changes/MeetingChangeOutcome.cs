namespace AutoMeet.Meetings.Changes;

/// <summary>Represents what a call of <see cref="IMeetingChanges"/> did.</summary>
public enum MeetingChangeOutcome
{
    /// <summary>The meeting moved: its event was patched and the prospect told.</summary>
    Rescheduled = 0,

    /// <summary>The meeting was cancelled now.</summary>
    Cancelled = 1,

    /// <summary>Nothing to do: the meeting is already cancelled, or already at that time.</summary>
    Unchanged = 2,

    /// <summary>The new time is outside availability (see <see cref="MeetingChangeResult.Reasons"/>); nothing changed.</summary>
    SlotUnavailable = 3,

    /// <summary>The meeting's status does not allow the change (for example moving a meeting that is not booked, or cancelling a completed one); nothing changed.</summary>
    NotChangeable = 4,

    /// <summary>There is no such meeting.</summary>
    NotFound = 5,
}
