using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Storage.EFCore.Internal;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class CalendarBusyStore(StoreSession session) : ICalendarBusyStore
{
    private const string EntityName = nameof(CalendarSyncState);

    public async Task<CalendarSyncState?> FindSyncStateAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        var found = await session.Db.Set<CalendarSyncState>().AsNoTracking()
            .Where(s => s.AccountId == accountId && s.CalendarId == calendarId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task ApplySyncAsync(CalendarSyncUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentException.ThrowIfNullOrWhiteSpace(update.CalendarId);
        ArgumentNullException.ThrowIfNull(update.Changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(update.Changes.NextSyncToken);
        try
        {
            await session.InTransactionAsync(
                async token =>
                {
                    await ApplyAsync(update, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw Conflict(update, exception);
        }
        catch (DuplicateEntityException exception)
        {
            // Two first syncs of one calendar raced: the other one stored its state first.
            throw Conflict(update, exception);
        }
        finally
        {
            session.Db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<CalendarBusyBlock>> ListBusyAsync(Id<MailboxAccount> accountId, IReadOnlyCollection<string> calendarIds, Interval window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarIds);
        var query = session.Db.Set<CalendarBusyBlock>().AsNoTracking().Where(b => b.AccountId == accountId);
        if (calendarIds.Count > 0)
        {
            var wanted = calendarIds.ToList();
            query = query.Where(b => wanted.Contains(b.CalendarId));
        }

        if (window.HasEnd)
        {
            var end = window.End;
            query = query.Where(b => b.Start < end);
        }

        if (window.HasStart)
        {
            var start = window.Start;
            query = query.Where(b => b.End > start);
        }

        return await query.OrderBy(b => b.Start).ThenBy(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAsync(CalendarSyncUpdate update, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var now = session.Now();
        var state = await db.Set<CalendarSyncState>()
            .SingleOrDefaultAsync(s => s.AccountId == update.AccountId && s.CalendarId == update.CalendarId, cancellationToken)
            .ConfigureAwait(false);
        if (state?.SyncToken != update.ExpectedSyncToken)
        {
            throw Conflict(update, innerException: null, state?.Version ?? 0);
        }

        var blocks = db.Set<CalendarBusyBlock>().Where(b => b.AccountId == update.AccountId && b.CalendarId == update.CalendarId);
        if (update.Changes.IsFullResync)
        {
            await blocks.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // Later reports of one event win over earlier ones.
        var latest = new Dictionary<string, CalendarEventChange>(StringComparer.Ordinal);
        foreach (var change in update.Changes.Changes)
        {
            latest[change.EventId] = change;
        }

        var stored = update.Changes.IsFullResync
            ? []
            : await blocks.ToDictionaryAsync(b => b.EventId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var change in latest.Values)
        {
            var existing = stored.GetValueOrDefault(change.EventId);
            if (change.Time is not { HasStart: true, HasEnd: true } time || time.Duration <= Duration.Zero)
            {
                if (existing is not null)
                {
                    db.Remove(existing);
                }

                continue;
            }

            var block = existing ?? new CalendarBusyBlock
            {
                AccountId = update.AccountId,
                CalendarId = update.CalendarId,
                EventId = change.EventId,
                CreatedAt = now,
                Version = 0,
            };
            block.Start = time.Start;
            block.End = time.End;
            block.IsTentative = change.IsTentative;
            block.IsTransparent = change.IsTransparent;
            block.UpdatedAt = now;
            block.Version++;
            if (existing is null)
            {
                db.Add(block);
            }
        }

        if (state is null)
        {
            state = new CalendarSyncState { AccountId = update.AccountId, CalendarId = update.CalendarId, CreatedAt = now };
            db.Add(state);
        }

        state.SyncToken = update.Changes.NextSyncToken;
        state.LastSyncedAt = now;
        state.UpdatedAt = now;
        state.Version++;
        if (update.Changes.IsFullResync)
        {
            state.LastFullSyncAt = now;
        }

        await session.SaveChangesAsync(EntityName, cancellationToken).ConfigureAwait(false);
        StoreLog.CalendarSyncStored(session.Logger, update.AccountId.Value, latest.Count, update.Changes.IsFullResync);
    }

    /// <summary>Another sync of the calendar stored first; <paramref name="storedVersion"/> is the sync state's version when known.</summary>
    private static ConcurrencyConflictException Conflict(CalendarSyncUpdate update, Exception? innerException, long storedVersion = 0) =>
        new(EntityName, $"{update.AccountId}/{update.CalendarId}", storedVersion, innerException);
}
