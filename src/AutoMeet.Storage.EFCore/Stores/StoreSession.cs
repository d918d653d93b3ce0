using AutoMeet.Events;
using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>The state one unit of work's stores share: the context, the clock and the logger.</summary>
internal sealed class StoreSession(AutoMeetDbContext db, IClock clock, ILogger logger, IDomainEventNotifier? notifier = null)
{
    private int _savepoints;
    private long _appendedPosition;

    public AutoMeetDbContext Db { get; } = db;

    public ILogger Logger { get; } = logger;

    public Instant Now() => clock.GetCurrentInstant();

    /// <summary>Notes that the current transaction appended a domain event; the notifier hears of it after commit.</summary>
    public void DomainEventAppended(long position) => _appendedPosition = Math.Max(_appendedPosition, position);

    /// <summary>
    /// Runs <paramref name="work"/> atomically: in a new transaction, or, inside a caller's transaction, behind a
    /// savepoint so that a failure undoes only this work and leaves the caller's transaction usable.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var current = Db.Database.CurrentTransaction;
        if (current is not null)
        {
            var savepoint = $"automeet_{++_savepoints}";
            await current.CreateSavepointAsync(savepoint, cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(cancellationToken).ConfigureAwait(false);
                await current.ReleaseSavepointAsync(savepoint, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch
            {
                await current.RollbackToSavepointAsync(savepoint, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        var strategy = Db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                _appendedPosition = 0;
                var transaction = await Db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    if (_appendedPosition > 0)
                    {
                        notifier?.Committed(_appendedPosition);
                        _appendedPosition = 0;
                    }

                    return result;
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves tracked changes, mapping unique violations to <see cref="DuplicateEntityException"/>.</summary>
    public async Task SaveChangesAsync(string entityType, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException && DbErrors.IsUniqueViolation(exception))
        {
            StoreLog.DuplicateRejected(Logger, entityType);
            throw new DuplicateEntityException(entityType, $"A {entityType} with the same id or unique value is already stored; nothing was written.", exception);
        }
    }
}
