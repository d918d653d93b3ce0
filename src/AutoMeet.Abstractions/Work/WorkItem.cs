using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Work;

/// <summary>
/// Represents a durable unit of background work (send a planned e-mail, expire an approval, sync a calendar…)
/// that worker processes claim with a lease, so several processes sharing one database never run it twice at once.
/// </summary>
public sealed class WorkItem : Entity<WorkItem>, ILeasedWork
{
    /// <inheritdoc/>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Gets or sets an idempotency key, unique per kind: enqueueing the same key twice keeps one item.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets the work's arguments (JSON, no secrets).</summary>
    public string? Payload { get; set; }

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
