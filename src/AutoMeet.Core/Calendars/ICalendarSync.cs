using AutoMeet.Accounts;

namespace AutoMeet.Calendars;

/// <summary>
/// Keeps the stored busy time of connected calendars current: incremental through the provider's sync token, and a
/// full re-sync when there is no token or the provider rejects it. The token moves only with the changes it covers.
/// </summary>
/// <remarks>Safe to call concurrently: two syncs of one calendar cannot both store; the loser gets a conflict and changes nothing.</remarks>
public interface ICalendarSync
{
    /// <summary>Syncs one calendar of an account and tells the registered <see cref="ICalendarChangeListener"/>s when anything changed.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was synced.</returns>
    /// <exception cref="KeyNotFoundException">There is no such account.</exception>
    /// <exception cref="Storage.ConcurrencyConflictException">Another sync of the same calendar stored first; nothing was written.</exception>
    Task<CalendarSyncResult> SyncAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default);
}
