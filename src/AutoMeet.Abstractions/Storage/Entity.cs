using NodaTime;

namespace AutoMeet.Storage;

/// <summary>Provides the common members of every stored entity.</summary>
/// <typeparam name="TSelf">The entity type itself.</typeparam>
public abstract class Entity<TSelf> : IEntity<TSelf>
    where TSelf : Entity<TSelf>
{
    /// <inheritdoc/>
    public Id<TSelf> Id { get; set; } = Id<TSelf>.New();

    /// <inheritdoc/>
    public Instant CreatedAt { get; set; }

    /// <inheritdoc/>
    public Instant UpdatedAt { get; set; }

    /// <inheritdoc/>
    public long Version { get; set; }
}
