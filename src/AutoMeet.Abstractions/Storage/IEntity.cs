namespace AutoMeet.Storage;

/// <summary>
/// Represents a stored entity: it has a strongly typed identifier, creation and update instants, and a
/// version used for optimistic concurrency.
/// </summary>
/// <typeparam name="TSelf">The entity type itself.</typeparam>
public interface IEntity<TSelf>
    where TSelf : class, IEntity<TSelf>
{
    /// <summary>Gets or sets the identifier. A new entity gets one from <see cref="Id{TEntity}.New"/>.</summary>
    Id<TSelf> Id { get; set; }

    /// <summary>Gets or sets the instant the entity was first stored. Set by the store on add.</summary>
    NodaTime.Instant CreatedAt { get; set; }

    /// <summary>Gets or sets the instant the entity was last stored. Set by the store on add and update.</summary>
    NodaTime.Instant UpdatedAt { get; set; }

    /// <summary>
    /// Gets or sets the concurrency version. A store sets it to 1 on add and increments it on every update; an
    /// update whose version is not the stored one fails with <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    long Version { get; set; }
}
