using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>
/// Represents one append-only audit record: who did what to which entity. Records are hash-chained
/// (<see cref="PreviousHash"/>, <see cref="Hash"/>) so that tampering can be detected.
/// </summary>
public sealed class AuditEntry : Entity<AuditEntry>
{
    /// <summary>Gets or sets the position in the owner's chain, from 1, gap-free; assigned by the store on append.</summary>
    public long Sequence { get; set; }

    /// <summary>Gets or sets the owner (tenant) whose chain this is.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the instant of the action.</summary>
    public Instant OccurredAt { get; set; }

    /// <summary>Gets or sets who acted.</summary>
    public ActorKind ActorKind { get; set; }

    /// <summary>Gets or sets the actor's id (user id, job name, model id).</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Gets or sets the action, for example <c>meeting.booked</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>Gets or sets the type of the entity acted on.</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>Gets or sets the id of the entity acted on.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>Gets or sets details (JSON, no secrets).</summary>
    public string? Detail { get; set; }

    /// <summary>Gets or sets the hash of the previous record in the chain (empty for the first).</summary>
    public string PreviousHash { get; set; } = string.Empty;

    /// <summary>Gets or sets this record's hash over its content and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; set; } = string.Empty;
}
