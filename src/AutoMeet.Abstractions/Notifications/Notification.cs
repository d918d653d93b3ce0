using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Notifications;

/// <summary>Represents a message to an owner waiting in the notification queue (campaign starting, approval needed, account disconnected…).</summary>
public sealed class Notification : Entity<Notification>, ILeasedWork
{
    /// <summary>Gets or sets the owner to notify.</summary>
    public UserId OwnerId { get; set; }

    /// <inheritdoc/>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Gets or sets the channel.</summary>
    public NotificationChannel Channel { get; set; }

    /// <summary>Gets or sets the subject line.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Gets or sets the body text.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets machine-readable details (JSON), if any.</summary>
    public string? Payload { get; set; }

    /// <summary>Gets or sets a deduplication key: the same key for the same owner is queued once.</summary>
    public string? DeduplicationKey { get; set; }

    /// <inheritdoc/>
    public Instant DueAt { get; set; }

    /// <inheritdoc/>
    public string? LeaseOwner { get; set; }

    /// <inheritdoc/>
    public Instant? LeaseExpiresAt { get; set; }

    /// <inheritdoc/>
    public int Attempts { get; set; }

    /// <inheritdoc/>
    public Instant? CompletedAt { get; set; }

    /// <inheritdoc/>
    public string? LastError { get; set; }
}
