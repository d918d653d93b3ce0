using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>
/// Reads busy time from and writes events to the calendars of connected accounts (Google Calendar, or the sandbox).
/// </summary>
/// <remarks>Implementations are safe for concurrent use. <see cref="CreateEventAsync"/> is idempotent per <see cref="CalendarEventRequest.IdempotencyKey"/>.</remarks>
public interface ICalendar
{
    /// <summary>Returns the busy time of an account's calendars within a window.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="window">The window.</param>
    /// <param name="calendarIds">The calendars to read; empty reads the primary calendar.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The busy intervals overlapping the window, by start.</returns>
    Task<IReadOnlyList<BusyInterval>> GetBusyAsync(Id<MailboxAccount> accountId, Interval window, IReadOnlyList<string> calendarIds, CancellationToken cancellationToken = default);

    /// <summary>Creates an event (with a conference link when asked).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="request">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The event as created.</returns>
    Task<CalendarEvent> CreateEventAsync(Id<MailboxAccount> accountId, CalendarEventRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates an event in place (its conference link is kept).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="request">The new state.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The event as updated.</returns>
    /// <exception cref="KeyNotFoundException">There is no such event.</exception>
    Task<CalendarEvent> UpdateEventAsync(Id<MailboxAccount> accountId, string eventId, CalendarEventRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels an event of the account's primary calendar (where AutoMeet books: the booker leaves <see cref="CalendarEventRequest.CalendarId"/> unset).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was cancelled now; <see langword="false"/> if it did not exist or was already cancelled.</returns>
    Task<bool> CancelEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the events of a calendar that changed since a sync token (incremental sync), or all of them when the
    /// token is <see langword="null"/> or no longer accepted by the provider (<see cref="CalendarChanges.IsFullResync"/>).
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="syncToken">The token from the previous call, or <see langword="null"/> for a full sync.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The changes and the next token.</returns>
    Task<CalendarChanges> GetChangesAsync(Id<MailboxAccount> accountId, string calendarId, string? syncToken, CancellationToken cancellationToken = default);

    /// <summary>Finds an event of the account's primary calendar (where AutoMeet books: the booker leaves <see cref="CalendarEventRequest.CalendarId"/> unset).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    Task<CalendarEvent?> FindEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default);
}
