using System.Linq.Expressions;
using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Implements <see cref="IEntityStore{TEntity}"/> once for every entity: detached reads, stamped adds, updates
/// guarded by <c>Version</c>, and deletes that leave cascades to the database.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal abstract class EntityStore<TEntity>(StoreSession session) : IEntityStore<TEntity>
    where TEntity : Entity<TEntity>
{
    protected StoreSession Session { get; } = session;

    protected AutoMeetDbContext Db => Session.Db;

    protected static string EntityName => typeof(TEntity).Name;

    /// <summary>Gets the detached query, with owned children included, that every read starts from.</summary>
    protected virtual IQueryable<TEntity> Query => Db.Set<TEntity>().AsNoTracking();

    public async Task<TEntity?> FindAsync(Id<TEntity> id, CancellationToken cancellationToken = default)
    {
        var found = await Query.Where(e => e.Id == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public virtual async Task AddAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            Track(entity, Session.Now());
            await Session.SaveChangesAsync(EntityName, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    public virtual async Task AddRangeAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Any(e => e is null))
        {
            throw new ArgumentException($"The batch of {EntityName} entities contains null.", nameof(entities));
        }

        var repeated = entities.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DuplicateEntityException(EntityName, $"{EntityName} {repeated.Key} appears more than once in the batch; nothing was written.");
        }

        if (entities.Count == 0)
        {
            return;
        }

        try
        {
            var now = Session.Now();
            foreach (var entity in entities)
            {
                Track(entity, now);
            }

            await Session.SaveChangesAsync(EntityName, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    public async Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var expectedVersion = entity.Version;
        var previousUpdatedAt = entity.UpdatedAt;
        var now = Session.Now();
        try
        {
            await Session.InTransactionAsync(
                async token =>
                {
                    entity.Version = expectedVersion + 1;
                    entity.UpdatedAt = now;
                    var entry = Db.Entry(entity);
                    entry.State = EntityState.Modified;
                    entry.Property(e => e.Version).OriginalValue = expectedVersion;
                    entry.Property(e => e.CreatedAt).IsModified = false;
                    await ReplaceChildrenAsync(entity, now, token).ConfigureAwait(false);
                    await Session.SaveChangesAsync(EntityName, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            entity.Version = expectedVersion;
            entity.UpdatedAt = previousUpdatedAt;
            StoreLog.ConcurrencyConflict(Session.Logger, EntityName, entity.Id.Value, expectedVersion);
            throw new ConcurrencyConflictException(EntityName, entity.Id.ToString(), expectedVersion, exception);
        }
        catch
        {
            entity.Version = expectedVersion;
            entity.UpdatedAt = previousUpdatedAt;
            throw;
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    public virtual async Task<bool> DeleteAsync(Id<TEntity> id, CancellationToken cancellationToken = default)
    {
        try
        {
            var deleted = await Db.Set<TEntity>().Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return deleted > 0;
        }
        catch (Exception exception) when (DbErrors.IsForeignKeyViolation(exception))
        {
            throw new InvalidOperationException($"{EntityName} {id} cannot be deleted: other stored data still refers to it.", exception);
        }
    }

    /// <summary>Stamps a new entity (and its children) and starts tracking it as added.</summary>
    protected virtual void Track(TEntity entity, Instant now)
    {
        Stamp(entity, now);
        Db.Add(entity);
    }

    /// <summary>Replaces the owned children of an updated entity: deletes missing ones, adds new ones, updates the rest.</summary>
    protected virtual Task ReplaceChildrenAsync(TEntity entity, Instant now, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static void Stamp<T>(T entity, Instant now)
        where T : Entity<T>
    {
        entity.CreatedAt = now;
        entity.UpdatedAt = now;
        entity.Version = 1;
    }

    /// <summary>Stamps the children of a new parent and records their order.</summary>
    protected void TrackNewChildren<TChild>(IList<TChild> children, Instant now)
        where TChild : Entity<TChild>
    {
        for (var i = 0; i < children.Count; i++)
        {
            Stamp(children[i], now);
            Db.Entry(children[i]).Property(AutoMeetDbContext.OrdinalProperty).CurrentValue = i;
        }
    }

    protected async Task ReplaceChildrenAsync<TChild>(
        IList<TChild> children,
        Expression<Func<TChild, bool>> ofParent,
        Action<TChild> attachToParent,
        Instant now,
        CancellationToken cancellationToken)
        where TChild : Entity<TChild>
    {
        var stored = await Db.Set<TChild>().AsNoTracking().Where(ofParent)
            .Select(c => new { c.Id, c.Version, c.CreatedAt })
            .ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);

        var kept = children.Select(c => c.Id).ToList();
        if (stored.Keys.Any(id => !kept.Contains(id)))
        {
            await Db.Set<TChild>().Where(ofParent).Where(c => !kept.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            attachToParent(child);
            child.UpdatedAt = now;
            if (stored.TryGetValue(child.Id, out var existing))
            {
                child.CreatedAt = existing.CreatedAt;
                child.Version = existing.Version + 1;
                var entry = Db.Entry(child);
                entry.State = EntityState.Modified;
                entry.Property(c => c.Version).OriginalValue = existing.Version;
                entry.Property(AutoMeetDbContext.OrdinalProperty).CurrentValue = i;
            }
            else
            {
                child.CreatedAt = now;
                child.Version = 1;
                var entry = Db.Entry(child);
                entry.State = EntityState.Added;
                entry.Property(AutoMeetDbContext.OrdinalProperty).CurrentValue = i;
            }
        }
    }

    protected static IQueryable<TEntity> Page(IQueryable<TEntity> query, PageRequest page) =>
        query.Skip(page.Skip).Take(page.Take);

    protected static async Task<IReadOnlyList<TEntity>> ListAsync(IQueryable<TEntity> query, CancellationToken cancellationToken) =>
        await query.ToListAsync(cancellationToken).ConfigureAwait(false);
}
