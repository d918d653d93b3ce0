using AutoMeet.Accounts;

namespace AutoMeet.Calendars;

/// <summary>
/// Is told when the stored busy time of a calendar changed, after the change is committed; for example to drop
/// cached availability of the account's owner. Register any number of listeners.
/// </summary>
/// <remarks>Listeners are singletons, called sequentially; one that throws does not stop the others, and the sync is not undone.</remarks>
public interface ICalendarChangeListener
{
    /// <summary>Handles a change of stored busy time.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar whose busy time changed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the change is handled.</returns>
    Task OnBusyTimeChangedAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default);
}
