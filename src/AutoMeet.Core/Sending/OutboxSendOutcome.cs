namespace AutoMeet.Sending;

/// <summary>Represents what happened to one claimed outbox row.</summary>
public enum OutboxSendOutcome
{
    /// <summary>Sent and recorded.</summary>
    Sent = 0,

    /// <summary>A retried row was found already sent at the mailbox and recorded without sending again.</summary>
    Recovered = 1,

    /// <summary>Not sent, for good (the enrollment stopped, the prospect is suppressed, the campaign ended…).</summary>
    Cancelled = 2,

    /// <summary>Not sent yet: released to be retried later (transient failure, paused campaign or mailbox).</summary>
    Deferred = 3,

    /// <summary>Not sent, for good, after a permanent error or too many attempts.</summary>
    Failed = 4,

    /// <summary>The sender lost its lease (it took too long); another sender owns the row now and nothing was recorded by this one.</summary>
    LeaseLost = 5,
}
