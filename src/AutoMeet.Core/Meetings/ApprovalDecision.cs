namespace AutoMeet.Meetings;

/// <summary>Represents what an owner decides about a meeting awaiting approval.</summary>
public enum ApprovalDecision
{
    /// <summary>Book the meeting.</summary>
    Approve = 0,

    /// <summary>Do not book it; its slot is released.</summary>
    Decline = 1,

    /// <summary>
    /// Do not book it at this time: the owner picks another free time, which is held and proposed to the prospect in the
    /// thread (see <see cref="IMeetingApprovals.SuggestAsync"/>).
    /// </summary>
    SuggestAnotherTime = 2,
}
