using AutoMeet.Accounts;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Calendars;

/// <summary>The default <see cref="ICalendarSync"/>: provider changes through <see cref="ICalendar"/>, stored through <see cref="ICalendarBusyStore"/>.</summary>
internal sealed class CalendarSync : ICalendarSync
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ICalendar _calendar;
    private readonly IEnumerable<ICalendarChangeListener> _listeners;
    private readonly IEnumerable<ICalendarEventObserver> _observers;
    private readonly ILogger _logger;

    public CalendarSync(
        IServiceScopeFactory scopes, ICalendar calendar, IEnumerable<ICalendarChangeListener> listeners, IEnumerable<ICalendarEventObserver> observers, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(observers);
        _observers = observers;
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(listeners);
        _scopes = scopes;
        _calendar = calendar;
        _listeners = listeners;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CalendarSync>();
    }

    public async Task<CalendarSyncResult> SyncAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            _ = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"There is no mailbox account {accountId} to sync calendar '{calendarId}' of.");

            var state = await store.CalendarBusy.FindSyncStateAsync(accountId, calendarId, cancellationToken).ConfigureAwait(false);
            var changes = await _calendar.GetChangesAsync(accountId, calendarId, state?.SyncToken, cancellationToken).ConfigureAwait(false);

            // Before the token moves: a crash after this shows the same changes again (observers are idempotent).
            foreach (var observer in _observers)
            {
                await observer.OnEventsChangedAsync(accountId, calendarId, changes, cancellationToken).ConfigureAwait(false);
            }

            // The new token is stored in the same transaction as the changes it covers, and only if no other sync moved it.
            await store.CalendarBusy.ApplySyncAsync(new CalendarSyncUpdate(accountId, calendarId, state?.SyncToken, changes), cancellationToken).ConfigureAwait(false);
            CalendarSyncLog.Synced(_logger, accountId.Value, changes.Changes.Count, changes.IsFullResync);

            if (changes.IsFullResync || changes.Changes.Count > 0)
            {
                await NotifyAsync(accountId, calendarId, cancellationToken).ConfigureAwait(false);
            }

            return new CalendarSyncResult(changes.Changes.Count, changes.IsFullResync, changes.NextSyncToken);
        }
    }

    private async Task NotifyAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnBusyTimeChangedAsync(accountId, calendarId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The sync is stored; a failing listener must not undo it nor stop the other listeners.
                CalendarSyncLog.ListenerFailed(_logger, listener.GetType().Name, accountId.Value, exception);
            }
        }
    }
}
