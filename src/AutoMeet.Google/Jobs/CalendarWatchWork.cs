using System.Globalization;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Google.Jobs;

/// <summary>
/// Work items that open a calendar push channel. One is queued per calendar per renewal period (the key names the
/// period), so however many workers run the renewal job, each period opens one channel, and a failed start is retried.
/// </summary>
internal static class CalendarWatchWork
{
    public const string Kind = "google.calendar-watch";

    public static Task<bool> EnqueueAsync(IWorkQueue queue, Id<MailboxAccount> accountId, string calendarId, long period, Instant dueAt, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(
            new WorkItem
            {
                Kind = Kind,
                Key = string.Create(CultureInfo.InvariantCulture, $"{accountId}:{calendarId}:{period}"),
                Payload = JsonSerializer.Serialize(new Payload(accountId.Value, calendarId), Payload.Options),
                DueAt = dueAt,
            },
            cancellationToken);

    public static (Id<MailboxAccount> AccountId, string CalendarId) Read(WorkItem item)
    {
        Payload? payload;
        try
        {
            payload = item.Payload is null ? null : JsonSerializer.Deserialize<Payload>(item.Payload, Payload.Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Work item {item.Id} is not a calendar watch request.", ex);
        }

        return payload is { AccountId: var account, CalendarId: { Length: > 0 } calendar } && account != Guid.Empty
            ? (new Id<MailboxAccount>(account), calendar)
            : throw new FormatException($"Work item {item.Id} is not a calendar watch request.");
    }

    private sealed record Payload(Guid AccountId, string CalendarId)
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
