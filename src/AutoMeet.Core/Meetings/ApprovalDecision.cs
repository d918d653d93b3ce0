namespace AutoMeet.Meetings;

/// <summary>Represents what an owner decides about a meeting awaiting approval.</summary>
public enum ApprovalDecision
{
    /// <summary>Book the meeting.</summary>
    Approve = 0,

    /// <summary>Do not book it; its slot is released.</summary>
    Decline = 1,
}
