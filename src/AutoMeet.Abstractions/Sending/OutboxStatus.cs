namespace AutoMeet.Sending;

/// <summary>Represents where a planned send is in its life.</summary>
public enum OutboxStatus
{
    /// <summary>Planned and not sent yet; the sender claims it when due.</summary>
    Pending = 0,

    /// <summary>Sent: the provider accepted it and the send is recorded.</summary>
    Sent = 1,

    /// <summary>Not sent and never will be (the enrollment stopped, the prospect was suppressed, the campaign ended…); <see cref="OutboxMessage.LastError"/> says why.</summary>
    Cancelled = 2,

    /// <summary>Gave up after repeated failures; <see cref="OutboxMessage.LastError"/> holds the last one.</summary>
    Failed = 3,
}
