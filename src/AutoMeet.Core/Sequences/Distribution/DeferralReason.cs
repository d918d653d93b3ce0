namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents why the <see cref="IOutreachDistributor"/> did not assign a send (yet).</summary>
/// <remarks>When several mailboxes could take a send and each refuses for a different reason, the reason closest to sending (the lowest value) is reported.</remarks>
public enum DeferralReason
{
    /// <summary>Not deferred: the send was assigned.</summary>
    None = 0,

    /// <summary>The step's earliest instant lies after the current distribution day (a UTC day); it is planned on that day.</summary>
    NotDueToday = 1,

    /// <summary>No slot respecting the spacing rules is left before the prospect's sending window (or the day, or the campaign) closes.</summary>
    WindowClosed = 2,

    /// <summary>The mailbox already sent the most e-mails allowed per recipient domain today.</summary>
    DomainThrottled = 3,

    /// <summary>The mailbox reached its cap of first e-mails to new prospects today.</summary>
    NewProspectCapReached = 4,

    /// <summary>The mailbox is warming up and reached today's step of the warm-up ramp.</summary>
    WarmupCap = 5,

    /// <summary>The mailbox reached its daily send cap.</summary>
    CapReached = 6,

    /// <summary>The mailbox's bounce circuit breaker is open (bounce or complaint rate over the threshold).</summary>
    BreakerOpen = 7,

    /// <summary>The mailbox is paused or disconnected.</summary>
    MailboxUnavailable = 8,

    /// <summary>No mailbox can send it: the owner has none, or the thread's mailbox is not among the given ones.</summary>
    NoMailbox = 9,
}
