namespace AutoMeet.Meetings;

/// <summary>The e-mails the scheduler sends.</summary>
internal enum MeetingEmailKind
{
    /// <summary>To the prospect, in the thread: K times to choose from (all held: <see cref="Meeting.HeldSlots"/>).</summary>
    Proposal = 0,

    /// <summary>To the prospect, in the thread: the chosen time was taken; K other times (all held).</summary>
    Alternatives = 1,

    /// <summary>To the prospect, in the thread: the booked time, the Meet link and an <c>.ics</c> file.</summary>
    Confirmation = 2,

    /// <summary>To the owner, from their own mailbox: approve, decline and suggest-another-time links.</summary>
    ApprovalRequest = 3,

    /// <summary>To the owner: the same links again, renewed, after the first ones expired unanswered.</summary>
    ApprovalReminder = 4,

    /// <summary>To the prospect, in the thread: the booked meeting moved (same Meet link) with an updated <c>.ics</c> (same UID, higher SEQUENCE).</summary>
    Rescheduled = 5,

    /// <summary>To the prospect, in the thread: the owner's side cancelled the meeting.</summary>
    Cancelled = 6,

    /// <summary>To the prospect, in the thread: their cancellation is confirmed.</summary>
    CancellationConfirmed = 7,

    /// <summary>To the prospect, in the thread: the time they asked to move to is not free; other times to choose from (nothing held, the meeting stays as booked).</summary>
    RescheduleOptions = 8,

    /// <summary>To the prospect, in the thread: the owner suggested another time instead of the one the prospect chose (held for them).</summary>
    SuggestedTime = 9,

    /// <summary>To the prospect, in the thread: a reminder of the booked meeting (time in their zone, Meet link); the reference packs the start and the offset.</summary>
    Reminder = 20,

    /// <summary>To the owner, from their own mailbox: "it happened" and "no-show" links after the meeting ended.</summary>
    OutcomeRequest = 21,

    /// <summary>To the prospect, in the thread: after a no-show, the configured note and new times (all held).</summary>
    NoShowFollowUp = 22,
}
