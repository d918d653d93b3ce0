namespace AutoMeet.Meetings.Changes;

/// <summary>What a calendar sync showed about a booked meeting's event.</summary>
internal enum CalendarMeetingChange
{
    /// <summary>The event was deleted or cancelled.</summary>
    Deleted = 0,

    /// <summary>The prospect declined the invitation.</summary>
    Declined = 1,

    /// <summary>The event was moved.</summary>
    Moved = 2,
}
