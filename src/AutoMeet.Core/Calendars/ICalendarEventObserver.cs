using AutoMeet.Accounts;

namespace AutoMeet.Calendars;

/// <summary>
/// Is shown each calendar sync's changed events before the sync (and its new token) is stored, so a crash in between
/// shows them again: an observer must be idempotent. An observer that throws fails the sync, which is tried again.
/// </summary>
internal interface ICalendarEventObserver
{
    /// <summary>Handles the changed events of one sync of one calendar.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="changes">What the provider reported.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the changes are handled.</returns>
    Task OnEventsChangedAsync(Id<MailboxAccount> accountId, string calendarId, CalendarChanges changes, CancellationToken cancellationToken);
}
