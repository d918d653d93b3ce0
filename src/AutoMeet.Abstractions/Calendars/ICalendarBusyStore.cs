using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>
/// Stores synced calendar busy time and each calendar's sync token. Deleting an account deletes both.
/// </summary>
/// <remarks>The token only moves together with the changes it covers, so a crash between the two loses nothing.</remarks>
public interface ICalendarBusyStore
{
    /// <summary>Finds a calendar's sync state.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state, or <see langword="null"/> if the calendar was never synced.</returns>
    Task<CalendarSyncState?> FindSyncStateAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one sync atomically: on a full re-sync the calendar's blocks are replaced by the reported events;
    /// otherwise each reported event is inserted, updated or (when removed) deleted. Events marked removed, and
    /// events with no time, are never stored. The sync state moves to the new token in the same transaction.
    /// </summary>
    /// <param name="update">The sync.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the sync is stored.</returns>
    /// <exception cref="Storage.ConcurrencyConflictException">The stored token is not <see cref="CalendarSyncUpdate.ExpectedSyncToken"/> (another sync stored first); nothing was written.</exception>
    Task ApplySyncAsync(CalendarSyncUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Lists an account's stored blocks that overlap a window, by start.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarIds">The calendars to read; empty reads all of the account's calendars.</param>
    /// <param name="window">The window; touching blocks do not overlap it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The blocks.</returns>
    Task<IReadOnlyList<CalendarBusyBlock>> ListBusyAsync(Id<MailboxAccount> accountId, IReadOnlyCollection<string> calendarIds, Interval window, CancellationToken cancellationToken = default);
}
