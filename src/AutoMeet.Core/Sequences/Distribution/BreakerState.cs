namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents the state of a mailbox's bounce circuit breaker during one distribution.</summary>
public enum BreakerState
{
    /// <summary>Closed: the mailbox sends.</summary>
    Closed = 0,

    /// <summary>Open since an earlier trip (<see cref="MailboxState.BreakerOpenedAt"/>): the mailbox sends nothing.</summary>
    Open = 1,

    /// <summary>Tripped by this distribution: the caller should store <see cref="MailboxState.BreakerOpenedAt"/> and tell the owner.</summary>
    TrippedNow = 2,
}
