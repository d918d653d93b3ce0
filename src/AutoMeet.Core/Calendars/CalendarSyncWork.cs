using System.Globalization;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Queues calendar syncs as work items, so that each runs once however many workers ask for it.</summary>
public static class CalendarSyncWork
{
    /// <summary>The work-item kind of a calendar sync.</summary>
    public const string Kind = "calendar.sync";

    /// <summary>
    /// Queues a sync of one calendar. Requests with the same <paramref name="dedupKey"/> for the same calendar are
    /// queued once (the periodic job uses the time bucket; a push notification uses its message number).
    /// </summary>
    /// <param name="queue">The work queue.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="calendarId">The calendar.</param>
    /// <param name="dedupKey">What makes this request distinct.</param>
    /// <param name="dueAt">When the sync should run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if it was queued; <see langword="false"/> if the same request already was.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> or <paramref name="dedupKey"/> is blank.</exception>
    public static Task<bool> EnqueueAsync(IWorkQueue queue, Id<MailboxAccount> accountId, string calendarId, string dedupKey, Instant dueAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        return queue.EnqueueAsync(
            new WorkItem
            {
                Kind = Kind,
                Key = string.Create(CultureInfo.InvariantCulture, $"{accountId}:{calendarId}:{dedupKey}"),
                Payload = JsonSerializer.Serialize(new CalendarSyncPayload(accountId.Value, calendarId), CalendarSyncPayload.Options),
                DueAt = dueAt,
            },
            cancellationToken);
    }

    /// <summary>Reads the account and calendar of a sync work item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The account and calendar.</returns>
    /// <exception cref="FormatException">The item's payload is not a calendar sync request.</exception>
    internal static (Id<MailboxAccount> AccountId, string CalendarId) Read(WorkItem item)
    {
        CalendarSyncPayload? payload;
        try
        {
            payload = item.Payload is null ? null : JsonSerializer.Deserialize<CalendarSyncPayload>(item.Payload, CalendarSyncPayload.Options);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Work item {item.Id} is not a calendar sync request.", exception);
        }

        return payload is { AccountId: var account, CalendarId: { Length: > 0 } calendar } && account != Guid.Empty
            ? (new Id<MailboxAccount>(account), calendar)
            : throw new FormatException($"Work item {item.Id} is not a calendar sync request.");
    }

    private sealed record CalendarSyncPayload(Guid AccountId, string CalendarId)
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
