namespace AutoMeet.Meetings;

/// <summary>The e-mails the scheduler sends.</summary>
internal enum MeetingEmailKind
{
    /// <summary>To the prospect, in the thread: K times to choose from (the first one held).</summary>
    Proposal = 0,

    /// <summary>To the prospect, in the thread: the chosen time was taken; K other times (the first one held).</summary>
    Alternatives = 1,

    /// <summary>To the prospect, in the thread: the booked time, the Meet link and an <c>.ics</c> file.</summary>
    Confirmation = 2,

    /// <summary>To the owner, from their own mailbox: approve or decline links.</summary>
    ApprovalRequest = 3,

    /// <summary>To the owner: the same links again, renewed, after the first ones expired unanswered.</summary>
    ApprovalReminder = 4,
}
