using AutoMeet.Webhooks;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

/// <summary>Keeps the webhook cursors (one per subscription name) and the append-only delivery log.</summary>
internal sealed class WebhookStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<WebhookCursor>(session), IWebhookStore
{
    public Task<WebhookCursor?> FindCursorAsync(string subscriptionName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionName);
        return Session.ReadAsync(t => EntityCopy.OrNull(t.WebhookCursors.Rows.FirstOrDefault(c => c.SubscriptionName == subscriptionName)), cancellationToken);
    }

    public async Task AddAttemptAsync(WebhookDeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = Session.Now;
        var row = EntityCopy.Of(attempt);
        row.CreatedAt = now;
        row.UpdatedAt = now;
        row.Version = 1;
        await Session.WriteAsync(
            t =>
            {
                Unique(t.WebhookAttempts.Contains(row.Id), $"attempt {row.Id} is already stored.");
                t.WebhookAttempts.Put(row);
                return true;
            },
            cancellationToken);
        attempt.CreatedAt = now;
        attempt.UpdatedAt = now;
        attempt.Version = 1;
    }

    public Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(string subscriptionName, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionName);
        return Session.ReadAsync(
            t => EntityCopy.All(t.WebhookAttempts.Rows.Where(a => a.SubscriptionName == subscriptionName)
                .OrderByDescending(a => a.EventPosition).ThenByDescending(a => a.Attempt).Skip(page.Skip).Take(page.Take)),
            cancellationToken);
    }

    public Task<int> DeleteAttemptsAsync(NodaTime.Instant attemptedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        return Session.WriteAsync(
            t =>
            {
                var doomed = t.WebhookAttempts.Rows
                    .Where(a => a.AttemptedAt < attemptedBefore)
                    .OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id)
                    .Take(maxItems)
                    .Select(a => a.Id)
                    .ToList();
                doomed.ForEach(id => t.WebhookAttempts.Remove(id));
                return doomed.Count;
            },
            cancellationToken);
    }

    protected override Table<WebhookCursor> TableOf(InMemoryTables tables) => tables.WebhookCursors;

    protected override void CheckUnique(InMemoryTables tables, WebhookCursor row) =>
        Unique(tables.WebhookCursors.Rows.Any(c => c.Id != row.Id && c.SubscriptionName == row.SubscriptionName), $"subscription '{row.SubscriptionName}' already has a cursor.");
}
