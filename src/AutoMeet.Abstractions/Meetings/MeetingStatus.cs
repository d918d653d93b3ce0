namespace AutoMeet.Meetings;

/// <summary>Represents where a meeting is in its lifecycle.</summary>
public enum MeetingStatus
{
    /// <summary>Times were proposed; the slot is held until it is booked, declined or the hold expires.</summary>
    Proposed = 0,

    /// <summary>The prospect chose a time; the owner's approval is awaited.</summary>
    AwaitingApproval = 1,

    /// <summary>Booked on the calendar.</summary>
    Scheduled = 2,

    /// <summary>Cancelled by either side.</summary>
    Cancelled = 3,

    /// <summary>Took place.</summary>
    Completed = 4,

    /// <summary>The prospect did not attend.</summary>
    NoShow = 5,

    /// <summary>The proposal expired or was declined before booking.</summary>
    Declined = 6,
}
