using AutoMeet.Accounts;
using AutoMeet.Calendars;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class CalendarBusyStore(InMemoryAutoMeetStore session) : ICalendarBusyStore
{
    public Task<CalendarSyncState?> FindSyncStateAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default) =>
        session.ReadAsync(t => EntityCopy.OrNull(t.SyncStates.Rows.SingleOrDefault(s => s.AccountId == accountId && s.CalendarId == calendarId)), cancellationToken);

    public Task ApplySyncAsync(CalendarSyncUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var now = session.Now;
        return session.WriteAsync(
            t =>
            {
                var state = t.SyncStates.Rows.SingleOrDefault(s => s.AccountId == update.AccountId && s.CalendarId == update.CalendarId);
                if (state?.SyncToken != update.ExpectedSyncToken)
                {
                    throw new ConcurrencyConflictException(nameof(CalendarSyncState), $"{update.AccountId}/{update.CalendarId}", state?.Version ?? 0);
                }

                bool OfCalendar(CalendarBusyBlock b) => b.AccountId == update.AccountId && b.CalendarId == update.CalendarId;
                if (update.Changes.IsFullResync)
                {
                    t.BusyBlocks.RemoveWhere(OfCalendar);
                }

                foreach (var change in update.Changes.Changes)
                {
                    var existing = t.BusyBlocks.Rows.SingleOrDefault(b => OfCalendar(b) && b.EventId == change.EventId);
                    if (existing is not null)
                    {
                        t.BusyBlocks.Remove(existing.Id);
                    }

                    if (change.Time is { HasStart: true, HasEnd: true } time && time.Duration > Duration.Zero)
                    {
                        t.BusyBlocks.Put(new CalendarBusyBlock
                        {
                            Id = existing?.Id ?? Id<CalendarBusyBlock>.New(),
                            AccountId = update.AccountId,
                            CalendarId = update.CalendarId,
                            EventId = change.EventId,
                            Start = time.Start,
                            End = time.End,
                            IsTentative = change.IsTentative,
                            IsTransparent = change.IsTransparent,
                            CreatedAt = existing?.CreatedAt ?? now,
                            UpdatedAt = now,
                            Version = (existing?.Version ?? 0) + 1,
                        });
                    }
                }

                t.SyncStates.Put(new CalendarSyncState
                {
                    Id = state?.Id ?? Id<CalendarSyncState>.New(),
                    AccountId = update.AccountId,
                    CalendarId = update.CalendarId,
                    SyncToken = update.Changes.NextSyncToken,
                    LastSyncedAt = now,
                    LastFullSyncAt = update.Changes.IsFullResync ? now : state?.LastFullSyncAt ?? default,
                    CreatedAt = state?.CreatedAt ?? now,
                    UpdatedAt = now,
                    Version = (state?.Version ?? 0) + 1,
                });
                return true;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<CalendarBusyBlock>> ListBusyAsync(Id<MailboxAccount> accountId, IReadOnlyCollection<string> calendarIds, Interval window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarIds);
        return session.ReadAsync(
            t => EntityCopy.All(t.BusyBlocks.Rows
                .Where(b => b.AccountId == accountId && (calendarIds.Count == 0 || calendarIds.Contains(b.CalendarId)))
                .Where(b => (!window.HasEnd || b.Start < window.End) && (!window.HasStart || b.End > window.Start))
                .OrderBy(b => b.Start)
                .ThenBy(b => b.Id)),
            cancellationToken);
    }
}
