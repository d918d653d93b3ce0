using System.Globalization;
using System.Net.Http.Headers;
using AutoMeet.Events;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Webhooks;

/// <summary>One delivery attempt: POST the signed event, log the attempt and move the cursor, in one transaction.</summary>
internal sealed partial class WebhookDeliveryJob
{
    /// <summary>Tries one event; <see langword="true"/> when the subscription may go on to the next (delivered or dead-lettered).</summary>
    private async Task<bool> AttemptAsync(
        IAutoMeetStore store, WebhookOptions settings, string name, Uri url, string secret, WebhookCursor cursor, DomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var attempt = cursor.FailedAttempts + 1;
        var attemptedAt = Now();
        var started = time.GetTimestamp();
        var (statusCode, error) = await PostAsync(settings, url, secret, domainEvent, attempt, cancellationToken).ConfigureAwait(false);
        var status = error is null ? WebhookDeliveryStatus.Delivered
            : attempt >= settings.MaxAttempts ? WebhookDeliveryStatus.DeadLettered
            : WebhookDeliveryStatus.Failed;
        var record = new WebhookDeliveryAttempt
        {
            SubscriptionName = name,
            EventPosition = domainEvent.Position,
            EventType = domainEvent.Type,
            Attempt = attempt,
            AttemptedAt = attemptedAt,
            Status = status,
            StatusCode = statusCode,
            Error = error,
            Elapsed = Duration.FromTimeSpan(time.GetElapsedTime(started)),
        };

        var delay = TimeSpan.Zero;
        if (status == WebhookDeliveryStatus.Failed)
        {
            delay = Backoff(settings, attempt);
            cursor.FailedAttempts = attempt;
            cursor.NextAttemptAt = Now() + Duration.FromTimeSpan(delay);
        }
        else
        {
            cursor.Position = domainEvent.Position;
            cursor.FailedAttempts = 0;
            cursor.NextAttemptAt = null;
        }

        cursor.LeaseExpiresAt = Now() + Duration.FromTimeSpan(settings.LeaseDuration);

        // Recorded even if the host is stopping: the receiver may already have the event.
        await store.ExecuteInTransactionAsync(
            async token =>
            {
                await store.Webhooks.AddAttemptAsync(record, token).ConfigureAwait(false);
                await store.Webhooks.UpdateAsync(cursor, token).ConfigureAwait(false);
                return true;
            },
            CancellationToken.None).ConfigureAwait(false);

        switch (status)
        {
            case WebhookDeliveryStatus.Delivered:
                WebhooksLog.Delivered(_logger, name, domainEvent.Position, domainEvent.Type, attempt);
                return true;
            case WebhookDeliveryStatus.DeadLettered:
                WebhooksLog.DeadLettered(_logger, name, domainEvent.Position, attempt, error!);
                return true;
            default:
                WebhooksLog.Failed(_logger, name, domainEvent.Position, attempt, error!, delay);
                return false;
        }
    }

    /// <summary>POSTs the event; returns the status code received (if any) and why it failed (<see langword="null"/> on success).</summary>
    private async Task<(int? StatusCode, string? Error)> PostAsync(WebhookOptions settings, Uri url, string secret, DomainEvent domainEvent, int attempt, CancellationToken cancellationToken)
    {
        var body = DomainEventJson.ToUtf8Bytes(domainEvent);
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Sign(secret, body, time.GetUtcNow()));
        request.Headers.TryAddWithoutValidation(WebhookSignature.EventIdHeaderName, domainEvent.Position.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.EventTypeHeaderName, domainEvent.Type);
        request.Headers.TryAddWithoutValidation(WebhookSignature.AttemptHeaderName, attempt.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var client = http.CreateClient(WebhookOptions.HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            return (code, response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"HTTP {code}"));
        }
        catch (HttpRequestException exception)
        {
            return (null, $"{nameof(HttpRequestException)} ({exception.HttpRequestError})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timed out after " + settings.RequestTimeout.ToString("c", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Exponential backoff from the base delay, capped, with jitter between half and all of it.</summary>
    internal static TimeSpan Backoff(WebhookOptions settings, int failedAttempts)
    {
        var exponent = Math.Min(failedAttempts - 1, 30);
        var delay = Math.Min(settings.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxDelay.TotalMilliseconds);
        if (settings.UseJitter)
        {
            delay *= 0.5 + (Random.Shared.NextDouble() * 0.5);
        }

        return TimeSpan.FromMilliseconds(delay);
    }
}
