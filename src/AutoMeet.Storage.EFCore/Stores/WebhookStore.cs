using AutoMeet.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class WebhookStore(StoreSession session) : EntityStore<WebhookCursor>(session), IWebhookStore
{
    private IQueryable<WebhookDeliveryAttempt> Attempts => Db.Set<WebhookDeliveryAttempt>().AsNoTracking();

    public async Task<WebhookCursor?> FindCursorAsync(string subscriptionName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionName);
        var found = await Query.Where(c => c.SubscriptionName == subscriptionName).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task AddAttemptAsync(WebhookDeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = Session.Now();
        attempt.CreatedAt = now;
        attempt.UpdatedAt = now;
        attempt.Version = 1;
        try
        {
            Db.Add(attempt);
            await Session.SaveChangesAsync(nameof(WebhookDeliveryAttempt), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(string subscriptionName, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionName);
        return await Attempts.Where(a => a.SubscriptionName == subscriptionName)
            .OrderByDescending(a => a.EventPosition).ThenByDescending(a => a.Attempt)
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteAttemptsAsync(NodaTime.Instant attemptedBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var ids = await Attempts.Where(a => a.AttemptedAt < attemptedBefore)
            .OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id)
            .Select(a => a.Id)
            .Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0
            ? 0
            : await Db.Set<WebhookDeliveryAttempt>().Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
