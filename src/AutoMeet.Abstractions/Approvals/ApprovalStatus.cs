namespace AutoMeet.Approvals;

/// <summary>Represents the state of an approval request.</summary>
public enum ApprovalStatus
{
    /// <summary>Waiting for the owner.</summary>
    Pending = 0,

    /// <summary>Approved; the meeting may be booked.</summary>
    Approved = 1,

    /// <summary>Declined by the owner.</summary>
    Declined = 2,

    /// <summary>The owner suggested another time.</summary>
    AlternativeSuggested = 3,

    /// <summary>Expired without a decision.</summary>
    Expired = 4,
}
