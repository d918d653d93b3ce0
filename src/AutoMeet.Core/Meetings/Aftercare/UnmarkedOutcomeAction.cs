namespace AutoMeet.Meetings.Aftercare;

/// <summary>Represents what happens to a past meeting the owner has not marked as held or no-show in time.</summary>
public enum UnmarkedOutcomeAction
{
    /// <summary>The meeting is assumed to have taken place: it becomes <see cref="MeetingStatus.Completed"/> (audited as the rule's decision).</summary>
    AssumeCompleted = 0,

    /// <summary>Nothing happens: the meeting stays <see cref="MeetingStatus.Scheduled"/> until the owner uses a link that still works.</summary>
    LeaveForOwner = 1,
}
