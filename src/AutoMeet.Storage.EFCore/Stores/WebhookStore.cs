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
}
