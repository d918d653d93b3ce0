namespace AutoMeet.Meetings.Changes;

/// <summary>What handling one <see cref="MeetingChangeWork.FromReply"/> item did.</summary>
internal enum ReplyChangeOutcome
{
    /// <summary>The meeting was cancelled.</summary>
    Cancelled = 0,

    /// <summary>The meeting was moved to a free time inside the prospect's windows (autonomous mode, confident enough).</summary>
    Rescheduled = 1,

    /// <summary>A free time inside the prospect's windows awaits the owner's approval.</summary>
    ApprovalRequested = 2,

    /// <summary>None of the prospect's times is free (or they gave none): they were offered other times; the meeting stays as booked.</summary>
    OptionsOffered = 3,

    /// <summary>The meeting was not booked yet: the reply went to the meeting scheduler as a new proposal.</summary>
    Reproposed = 4,

    /// <summary>The prospect has no open meeting; the owner was already notified by the reply pipeline.</summary>
    NoMeeting = 5,

    /// <summary>The meeting was already changed as asked, or the reply is gone; nothing changed.</summary>
    Unchanged = 6,
}
