using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Webhooks;

/// <summary>Represents one attempt to deliver a domain event to a webhook subscription (the delivery log). Never changed.</summary>
public sealed class WebhookDeliveryAttempt : Entity<WebhookDeliveryAttempt>
{
    /// <summary>Gets or sets the subscription's name.</summary>
    public string SubscriptionName { get; set; } = string.Empty;

    /// <summary>Gets or sets the position of the event delivered.</summary>
    public long EventPosition { get; set; }

    /// <summary>Gets or sets the event's type.</summary>
    public string EventType { get; set; } = string.Empty;

    /// <summary>Gets or sets the attempt number for this event, from 1.</summary>
    public int Attempt { get; set; }

    /// <summary>Gets or sets the instant the attempt was made.</summary>
    public Instant AttemptedAt { get; set; }

    /// <summary>Gets or sets what the attempt came to.</summary>
    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Gets or sets the HTTP status code received, or <see langword="null"/> when no response came.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Gets or sets why the attempt failed (a status or an exception type; never a response body), or <see langword="null"/>.</summary>
    public string? Error { get; set; }

    /// <summary>Gets or sets how long the attempt took.</summary>
    public Duration Elapsed { get; set; }
}
