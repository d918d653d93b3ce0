using System.Collections.Concurrent;
using AutoMeet.Accounts;
using AutoMeet.Calendars;

namespace AutoMeet.Samples.Tests.Web.Google;

/// <summary>Records the calendar syncs the calendar webhook asked for.</summary>
public sealed class RecordingCalendarSync : ICalendarSync
{
    private readonly ConcurrentQueue<(Id<MailboxAccount> AccountId, string CalendarId)> _calls = new();

    public IReadOnlyList<(Id<MailboxAccount> AccountId, string CalendarId)> Calls => [.. _calls];

    public Task<CalendarSyncResult> SyncAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue((accountId, calendarId));
        return Task.FromResult(new CalendarSyncResult(0, false, "token-1"));
    }
}
