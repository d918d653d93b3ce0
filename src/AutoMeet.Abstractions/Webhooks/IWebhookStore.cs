using AutoMeet.Storage;

namespace AutoMeet.Webhooks;

/// <summary>Stores the webhook subscriptions' cursors (with optimistic concurrency) and the delivery log.</summary>
public interface IWebhookStore : IEntityStore<WebhookCursor>
{
    /// <summary>Finds a subscription's cursor by name.</summary>
    /// <param name="subscriptionName">The subscription's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The cursor, or <see langword="null"/> if none is stored yet.</returns>
    Task<WebhookCursor?> FindCursorAsync(string subscriptionName, CancellationToken cancellationToken = default);

    /// <summary>Appends an attempt to the delivery log.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the attempt is stored.</returns>
    Task AddAttemptAsync(WebhookDeliveryAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>Lists a subscription's attempts, newest event first, then by attempt number descending.</summary>
    /// <param name="subscriptionName">The subscription's name.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The attempts of the page.</returns>
    Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(string subscriptionName, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="maxItems"/> delivery attempts made before <paramref name="attemptedBefore"/>, oldest
    /// first: the retention of the delivery log. Cursors are never deleted.
    /// </summary>
    /// <param name="attemptedBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most attempts deleted by this call (1 to <see cref="Work.LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> DeleteAttemptsAsync(NodaTime.Instant attemptedBefore, int maxItems, CancellationToken cancellationToken = default);
}
