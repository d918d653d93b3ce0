using AutoMeet.Events;
using AutoMeet.Security;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Webhooks;

/// <summary>
/// Delivers the domain-event log to each configured webhook, in order, from the subscription's stored cursor. A worker
/// holds a subscription with a lease on its cursor (optimistic concurrency: one worker wins), so several workers never
/// deliver the same subscription at once. Each event is retried until delivered or dead-lettered; none is skipped.
/// </summary>
internal sealed partial class WebhookDeliveryJob(
    IOptionsMonitor<WebhookOptions> options, IHttpClientFactory http, ISecretProtector secrets, TimeProvider time, ILoggerFactory? loggerFactory = null) : IAutoMeetJob
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<WebhookDeliveryJob>();

    public string Name => "webhook-delivery";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var settings = options.CurrentValue;
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        foreach (var subscription in settings.Subscriptions.Where(s => s.Enabled))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string secret;
            try
            {
                secret = subscription.ProtectedSecret is { Length: > 0 } cipher
                    ? secrets.Unprotect(new Accounts.EncryptedSecret(cipher), WebhookOptions.SecretPurpose)
                    : subscription.Secret!;
            }
            catch (SecretProtectionException exception)
            {
                WebhooksLog.SecretUnavailable(_logger, subscription.Name, exception);
                continue;
            }

            await DeliverAsync(store, settings, subscription, secret, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Claims the subscription, delivers what is due, and releases it.</summary>
    private async Task DeliverAsync(IAutoMeetStore store, WebhookOptions settings, WebhookSubscriptionOptions subscription, string secret, CancellationToken cancellationToken)
    {
        var cursor = await ClaimAsync(store, settings, subscription, cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            return;
        }

        var filter = new DomainEventFilter
        {
            Types = subscription.EventTypes.Count == 0 ? null : [.. subscription.EventTypes],
            OwnerId = subscription.OwnerId is { } owner ? new UserId(owner) : null,
        };
        try
        {
            var delivered = 0;
            while (delivered < settings.MaxEventsPerRun && cursor.NextAttemptAt is null)
            {
                // Read the end of the log before the page: if the page is empty, nothing up to that end matches.
                var end = await store.DomainEvents.GetLastPositionAsync(cancellationToken).ConfigureAwait(false);
                var page = await store.DomainEvents.ListAfterAsync(cursor.Position, filter, Math.Min(100, settings.MaxEventsPerRun - delivered), cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    if (end > cursor.Position)
                    {
                        cursor.Position = end;
                        await SaveAsync(store, cursor, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }

                foreach (var domainEvent in page)
                {
                    if (!await AttemptAsync(store, settings, subscription.Name, subscription.Url!, secret, cursor, domainEvent, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    delivered++;
                }
            }
        }
        catch (ConcurrencyConflictException)
        {
            WebhooksLog.Skipped(_logger, subscription.Name);
            return;
        }

        cursor.LeaseExpiresAt = null;
        await TrySaveAsync(store, cursor, subscription.Name, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Finds or creates the cursor and takes its lease; <see langword="null"/> when not due or held elsewhere.</summary>
    private async Task<WebhookCursor?> ClaimAsync(IAutoMeetStore store, WebhookOptions settings, WebhookSubscriptionOptions subscription, CancellationToken cancellationToken)
    {
        var now = Now();
        var cursor = await store.Webhooks.FindCursorAsync(subscription.Name, cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            cursor = new WebhookCursor
            {
                SubscriptionName = subscription.Name,
                Position = subscription.DeliverHistory ? 0 : await store.DomainEvents.GetLastPositionAsync(cancellationToken).ConfigureAwait(false),
            };
            try
            {
                await store.Webhooks.AddAsync(cursor, cancellationToken).ConfigureAwait(false);
            }
            catch (DuplicateEntityException)
            {
                WebhooksLog.Skipped(_logger, subscription.Name);
                return null;
            }
        }

        if (cursor.LeaseExpiresAt > now || cursor.NextAttemptAt > now)
        {
            return null;
        }

        cursor.NextAttemptAt = null;
        cursor.LeaseExpiresAt = now + Duration.FromTimeSpan(settings.LeaseDuration);
        return await TrySaveAsync(store, cursor, subscription.Name, cancellationToken).ConfigureAwait(false) ? cursor : null;
    }

    private async Task<bool> TrySaveAsync(IAutoMeetStore store, WebhookCursor cursor, string name, CancellationToken cancellationToken)
    {
        try
        {
            await store.Webhooks.UpdateAsync(cursor, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            WebhooksLog.Skipped(_logger, name);
            return false;
        }
    }

    private static Task SaveAsync(IAutoMeetStore store, WebhookCursor cursor, CancellationToken cancellationToken) =>
        store.Webhooks.UpdateAsync(cursor, cancellationToken);

    private Instant Now() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
