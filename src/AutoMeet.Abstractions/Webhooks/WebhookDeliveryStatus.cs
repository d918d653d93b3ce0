namespace AutoMeet.Webhooks;

/// <summary>What one webhook delivery attempt came to.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>The receiver answered with a success status; the event is delivered.</summary>
    Delivered = 0,

    /// <summary>The attempt failed and will be retried after a backoff.</summary>
    Failed = 1,

    /// <summary>The attempt failed and was the last one allowed: the event is given up (dead-lettered) and the subscription moves on.</summary>
    DeadLettered = 2,
}
