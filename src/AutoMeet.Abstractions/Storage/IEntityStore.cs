namespace AutoMeet.Storage;

/// <summary>
/// Stores one kind of entity. Every method either completes fully or writes nothing.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <remarks>
/// Store instances are scoped to one unit of work (for example one request or one job run) and are not safe for
/// concurrent use; open one scope per concurrent unit of work. Returned entities are detached copies: changing
/// them changes nothing until they are passed to <see cref="UpdateAsync"/>.
/// </remarks>
public interface IEntityStore<TEntity>
    where TEntity : class, IEntity<TEntity>
{
    /// <summary>Finds an entity by id, with its owned children (steps, rules, messages).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entity, or <see langword="null"/> if there is none with that id.</returns>
    Task<TEntity?> FindAsync(Id<TEntity> id, CancellationToken cancellationToken = default);

    /// <summary>Adds an entity (and its owned children). Sets <c>CreatedAt</c>, <c>UpdatedAt</c> and <c>Version</c> = 1.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entity is stored.</returns>
    /// <exception cref="DuplicateEntityException">The id, or a unique value of the entity, is already stored.</exception>
    Task AddAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Adds several entities atomically: all of them are stored, or none is.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entities are stored.</returns>
    /// <exception cref="DuplicateEntityException">An id or unique value is already stored or repeated in the batch; nothing was written.</exception>
    Task AddRangeAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates an entity read earlier. Succeeds only if the stored version still equals <c>entity.Version</c>; then
    /// increments <c>Version</c> and sets <c>UpdatedAt</c> on the passed instance. Owned children are replaced by the passed ones.
    /// </summary>
    /// <param name="entity">The changed entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entity is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer changed or deleted the entity since it was read.</exception>
    Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an entity and what it owns (see each store's documentation for what cascades).
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if an entity was deleted; <see langword="false"/> if there was none.</returns>
    Task<bool> DeleteAsync(Id<TEntity> id, CancellationToken cancellationToken = default);
}
