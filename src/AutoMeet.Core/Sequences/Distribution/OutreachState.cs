namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents where an enrollment's next e-mail stands, combining the planner's and the distributor's verdicts.</summary>
public enum OutreachState
{
    /// <summary>Assigned a mailbox and a send instant.</summary>
    Scheduled = 0,

    /// <summary>Due, but held back by the distributor (cap, warm-up, throttle, breaker, no slot left today…).</summary>
    Deferred = 1,

    /// <summary>Not due yet: waiting on a delay, a condition, a snooze or the sending window.</summary>
    Waiting = 2,

    /// <summary>Paused with its campaign or by hand.</summary>
    Paused = 3,

    /// <summary>Nothing more will be sent: completed, stopped, condition not met, or the campaign ended.</summary>
    Finished = 4,

    /// <summary>No sending window opens within the planner's horizon (for example holidays cover it all).</summary>
    Blocked = 5,
}
