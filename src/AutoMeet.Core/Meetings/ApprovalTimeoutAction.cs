namespace AutoMeet.Meetings;

/// <summary>Represents what happens to an approval request the owner did not answer in time.</summary>
public enum ApprovalTimeoutAction
{
    /// <summary>The request expires and the meeting is declined; its slot is released.</summary>
    Decline = 0,

    /// <summary>The owner is reminded with fresh links (up to <see cref="MeetingOptions.MaxApprovalReminders"/> times); after that the request is declined.</summary>
    Remind = 1,

    /// <summary>The request is approved by the timeout rule and the meeting is booked (after the usual slot re-check).</summary>
    Approve = 2,
}
