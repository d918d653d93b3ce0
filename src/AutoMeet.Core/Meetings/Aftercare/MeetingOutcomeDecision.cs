namespace AutoMeet.Meetings.Aftercare;

/// <summary>Represents what the owner says about a meeting that has ended.</summary>
public enum MeetingOutcomeDecision
{
    /// <summary>It took place: the meeting becomes <see cref="MeetingStatus.Completed"/>.</summary>
    Completed = 0,

    /// <summary>The prospect did not attend: the meeting becomes <see cref="MeetingStatus.NoShow"/> (and the re-booking follow-up is queued when enabled).</summary>
    NoShow = 1,
}
