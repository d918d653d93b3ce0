using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Maintenance;

/// <summary>
/// Applies the retention settings once: deletes completed work items and delivered notifications past their
/// retention (the leftovers of leased work: rows whose leases ended with completion), e-mail events, domain events
/// and webhook delivery attempts past theirs, and redacts message bodies and finished reply drafts past the content
/// retention. Idempotent: running it twice deletes or redacts nothing more. Every cut-off is exclusive: a row exactly
/// as old as its retention is kept.
/// </summary>
/// <remarks>
/// Work whose lease expired without completion is not touched: the next claim takes it over (that is what leases are
/// for), and deleting it would lose work. Stale meeting holds (proposals and meetings awaiting approval past their
/// hold) are expired here through the meeting lifecycle (<see cref="StaleHolds"/>: declined, audited, slot released).
/// Pending approval requests past their expiry are not: <see cref="ApprovalTimeoutJob"/> applies the timeout rule to
/// them on every tick. Signed links (approval, outcome, unsubscribe, tracking) carry their expiry and are stored nowhere.
/// </remarks>
internal sealed class DataCleanup(IOptions<CleanupOptions> options, IClock clock, StaleHolds? holds = null, ILoggerFactory? loggerFactory = null)
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<DataCleanup>();

    public async Task<CleanupReport> RunAsync(IAutoMeetStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = options.Value;
        var now = clock.GetCurrentInstant();

        var workItems = await InBatchesAsync(
            settings, () => store.WorkQueue.DeleteCompletedAsync(now - Duration.FromTimeSpan(settings.CompletedWorkRetention), settings.BatchSize, cancellationToken)).ConfigureAwait(false);
        var notifications = await InBatchesAsync(
            settings, () => store.Notifications.DeleteCompletedAsync(now - Duration.FromTimeSpan(settings.DeliveredNotificationRetention), settings.BatchSize, cancellationToken)).ConfigureAwait(false);
        var events = settings.EmailEventRetention is { } retention
            ? await InBatchesAsync(settings, () => DeleteEventsAsync(store, now - Duration.FromTimeSpan(retention), settings.BatchSize, cancellationToken)).ConfigureAwait(false)
            : 0;

        var redactedMessages = 0;
        var redactedDrafts = 0;
        if (settings.MessageBodyRetention is { } bodies)
        {
            var cutoff = now - Duration.FromTimeSpan(bodies);
            redactedMessages = await InBatchesAsync(settings, () => store.Threads.RedactBodiesAsync(cutoff, settings.BatchSize, cancellationToken)).ConfigureAwait(false);
            redactedDrafts = await InBatchesAsync(settings, () => store.ReplyDrafts.RedactTextsAsync(cutoff, settings.BatchSize, cancellationToken)).ConfigureAwait(false);
        }

        var domainEvents = settings.DomainEventRetention is { } kept
            ? await InBatchesAsync(settings, () => store.DomainEvents.DeleteBeforeAsync(now - Duration.FromTimeSpan(kept), settings.BatchSize, cancellationToken)).ConfigureAwait(false)
            : 0;
        var webhookAttempts = await InBatchesAsync(
            settings, () => store.Webhooks.DeleteAttemptsAsync(now - Duration.FromTimeSpan(settings.WebhookDeliveryLogRetention), settings.BatchSize, cancellationToken)).ConfigureAwait(false);

        var expiredHolds = holds is null ? 0 : await holds.ExpireAsync(store, settings.BatchSize, settings.MaxBatchesPerRun, cancellationToken).ConfigureAwait(false);

        var report = new CleanupReport(workItems, notifications, events)
        {
            ExpiredHolds = expiredHolds,
            RedactedMessages = redactedMessages,
            RedactedDrafts = redactedDrafts,
            DomainEvents = domainEvents,
            WebhookAttempts = webhookAttempts,
        };
        MaintenanceLog.CleanedUp(_logger, report.WorkItems, report.Notifications, report.EmailEvents);
        MaintenanceLog.RetentionApplied(_logger, report.RedactedMessages, report.RedactedDrafts, report.DomainEvents, report.WebhookAttempts);
        MaintenanceLog.HoldsExpired(_logger, report.ExpiredHolds);
        return report;
    }

    private static async Task<int> InBatchesAsync(CleanupOptions settings, Func<Task<int>> batch)
    {
        var total = 0;
        for (var i = 0; i < settings.MaxBatchesPerRun; i++)
        {
            var deleted = await batch().ConfigureAwait(false);
            total += deleted;
            if (deleted < settings.BatchSize)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>Deletes one batch of events that occurred before the cut-off (the query's upper bound is exclusive), through the event store's query and delete.</summary>
    private static async Task<int> DeleteEventsAsync(IAutoMeetStore store, Instant before, int batchSize, CancellationToken cancellationToken)
    {
        var old = await store.EmailEvents.ListAsync(new EmailEventQuery { To = before }, new PageRequest(0, batchSize), cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        foreach (var emailEvent in old)
        {
            deleted += await store.EmailEvents.DeleteAsync(emailEvent.Id, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return deleted;
    }
}
