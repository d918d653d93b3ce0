using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>
/// Implements <see cref="IEntityStore{TEntity}"/> over one table: copies in and out, stamps on add and update,
/// optimistic concurrency on the version, uniqueness and cascades through overridable hooks.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal abstract class InMemoryEntityStore<T>(InMemoryAutoMeetStore session) : IEntityStore<T>
    where T : class, IEntity<T>
{
    protected InMemoryAutoMeetStore Session { get; } = session;

    public Task<T?> FindAsync(Id<T> id, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(TableOf(t).Get(id)), cancellationToken);

    public Task AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return AddRangeAsync([entity], cancellationToken);
    }

    public async Task AddRangeAsync(IReadOnlyCollection<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var now = Session.Now;
        await Session.WriteAsync(t => entities.Select(e => Insert(t, e, now)).ToList(), cancellationToken);
        foreach (var entity in entities)
        {
            Stamp(entity, now);
        }
    }

    public async Task UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var now = Session.Now;
        await Session.WriteAsync(
            t =>
            {
                var table = TableOf(t);
                var stored = table.Get(entity.Id);
                if (stored is null || stored.Version != entity.Version)
                {
                    throw new ConcurrencyConflictException(typeof(T).Name, entity.Id.ToString(), entity.Version);
                }

                var row = EntityCopy.Of(entity);
                row.CreatedAt = stored.CreatedAt;
                row.UpdatedAt = now;
                row.Version = stored.Version + 1;
                Normalize(row);
                CheckUnique(t, row);
                table.Put(row);
                return row.Version;
            },
            cancellationToken);
        entity.UpdatedAt = now;
        entity.Version++;
    }

    public Task<bool> DeleteAsync(Id<T> id, CancellationToken cancellationToken = default) =>
        Session.WriteAsync(
            t =>
            {
                var row = TableOf(t).Get(id);
                if (row is null)
                {
                    return false;
                }

                OnDeleting(t, row);
                return TableOf(t).Remove(id);
            },
            cancellationToken);

    /// <summary>Selects this store's table.</summary>
    protected abstract Table<T> TableOf(InMemoryTables tables);

    /// <summary>Normalises a row before it is stored (lower-cases addresses, orders children).</summary>
    protected virtual void Normalize(T row)
    {
    }

    /// <summary>Throws <see cref="DuplicateEntityException"/> if the row breaks a uniqueness rule against other rows.</summary>
    protected virtual void CheckUnique(InMemoryTables tables, T row)
    {
    }

    /// <summary>Deletes what the row owns, or throws if the row may not be deleted.</summary>
    protected virtual void OnDeleting(InMemoryTables tables, T row)
    {
    }

    /// <summary>Stores a copy of a new entity, stamped, after the id and uniqueness checks.</summary>
    protected T Insert(InMemoryTables tables, T entity, Instant now)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(entity);
        var row = EntityCopy.Of(entity);
        Stamp(row, now);
        Normalize(row);
        var table = TableOf(tables);
        if (table.Contains(row.Id))
        {
            throw new DuplicateEntityException(typeof(T).Name, $"{typeof(T).Name} {row.Id} is already stored.");
        }

        CheckUnique(tables, row);
        table.Put(row);
        return row;
    }

    /// <summary>Throws <see cref="DuplicateEntityException"/> when <paramref name="clash"/> is true.</summary>
    protected static void Unique(bool clash, string rule)
    {
        if (clash)
        {
            throw new DuplicateEntityException(typeof(T).Name, $"{typeof(T).Name}: {rule}");
        }
    }

    /// <summary>Orders rows in creation order (the default listing order).</summary>
    protected static IEnumerable<T> InCreationOrder(IEnumerable<T> rows) => rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);

    /// <summary>Copies one page of rows out.</summary>
    protected static IReadOnlyList<T> Page(IEnumerable<T> rows, PageRequest page) =>
        EntityCopy.All(rows.Skip(page.Skip).Take(page.Take));

    private static void Stamp(T entity, Instant now)
    {
        entity.CreatedAt = now;
        entity.UpdatedAt = now;
        entity.Version = 1;
    }
}
