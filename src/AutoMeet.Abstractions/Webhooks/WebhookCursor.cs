using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Webhooks;

/// <summary>
/// Represents how far one webhook subscription has got through the domain-event log: every event up to
/// <see cref="Position"/> is delivered or dead-lettered; the next matching event is being tried.
/// </summary>
public sealed class WebhookCursor : Entity<WebhookCursor>
{
    /// <summary>Gets or sets the subscription's name (unique).</summary>
    public string SubscriptionName { get; set; } = string.Empty;

    /// <summary>Gets or sets the position of the last event handled (delivered or dead-lettered); 0 before the first.</summary>
    public long Position { get; set; }

    /// <summary>Gets or sets the failed attempts made so far at the next event.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Gets or sets the earliest instant of the next attempt, or <see langword="null"/> for now.</summary>
    public Instant? NextAttemptAt { get; set; }

    /// <summary>Gets or sets until when a worker holds the subscription, or <see langword="null"/> if none does.</summary>
    public Instant? LeaseExpiresAt { get; set; }

    /// <summary>The longest <see cref="SubscriptionName"/>.</summary>
    public const int MaxNameLength = 100;
}
