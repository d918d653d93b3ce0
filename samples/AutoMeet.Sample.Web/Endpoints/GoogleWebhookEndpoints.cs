using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Push;
using AutoMeet.Sample.Web.Push;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Google's push notifications. <c>POST /webhooks/gmail</c>: a Pub/Sub push whose OIDC token is checked with
/// <see cref="PubSubPushVerifier"/>; the mailbox it names is queued for the reply pipeline and the request is acknowledged
/// at once (204). <c>POST /webhooks/calendar</c>: a calendar channel notification checked with
/// <see cref="CalendarPushVerifier"/>; the calendar is synced and the request acknowledged (200). Anything unauthenticated
/// gets 401. Push is lossy: the worker keeps polling both.
/// </summary>
internal static partial class GoogleWebhookEndpoints
{
    public const string GmailPath = "/webhooks/gmail";
    public const string CalendarPath = "/webhooks/calendar";
    private const int MaxGmailBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapGoogleWebhookEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(GmailPath, HandleGmailAsync).DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost(CalendarPath, HandleCalendarAsync).DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> HandleGmailAsync(HttpRequest request, PubSubPushVerifier verifier, GmailPushQueue queue, IAutoMeetStore store, CancellationToken cancellationToken)
    {
        var check = await verifier.VerifyAsync(request.Headers.Authorization.Count == 1 ? request.Headers.Authorization.ToString() : null, cancellationToken);
        if (!check.IsValid)
        {
            return Unauthorized($"The push request's token was rejected ({check.Status}).");
        }

        var body = await ReadBodyAsync(request, MaxGmailBodyBytes, cancellationToken);
        if (body is null || !GmailPushNotification.TryParse(body, out var notification))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Gmail notification", detail: "The body must be a Pub/Sub push envelope whose data is {\"emailAddress\",\"historyId\"}.");
        }

        // An unknown or disconnected mailbox is acknowledged too: answering an error would only make Pub/Sub retry.
        var account = await store.MailboxAccounts.FindByEmailAsync(MailProvider.Google, notification.EmailAddress, cancellationToken);
        if (account is { Status: not AccountStatus.Disconnected })
        {
            queue.TryEnqueue(account.Id);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> HandleCalendarAsync(
        HttpRequest request,
        CalendarPushVerifier verifier,
        ICalendarSync sync,
        IAutoMeetStore store,
        IClock clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var verification = verifier.Verify(CalendarPushRequest.FromHeaders(name => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null));
        if (!verification.IsValid || verification.Notification is not { } notification)
        {
            return Unauthorized($"The channel notification was rejected ({verification.Status}).");
        }

        try
        {
            await sync.SyncAsync(notification.AccountId, notification.CalendarId, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Another sync of this calendar stored first: it is current.
        }
        catch (KeyNotFoundException)
        {
            // The account is gone; nothing to sync.
        }
        catch (MailboxAuthorizationException)
        {
            // Disconnected (a channel that could not be stopped, or expires soon): nothing can sync until the owner reconnects.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Queue it for the worker instead of making Google retry the notification.
            LogCalendarSyncDeferred(loggers.CreateLogger("AutoMeet.Sample.Web.Webhooks"), notification.AccountId.Value, ex);
            var dedup = $"push-{notification.ChannelId}-{notification.MessageNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"}";
            await CalendarSyncWork.EnqueueAsync(store.WorkQueue, notification.AccountId, notification.CalendarId, dedup, clock.GetCurrentInstant(), cancellationToken);
        }

        return Results.Ok();
    }

    private static UnauthorizedProblem Unauthorized(string detail) => new(detail);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 5140, Level = LogLevel.Warning, Message = "Calendar push: syncing a calendar of account {AccountId} failed; queued for the worker")]
    private static partial void LogCalendarSyncDeferred(ILogger logger, Guid accountId, Exception exception);

    /// <summary>A 401 problem with <c>WWW-Authenticate: Bearer</c>.</summary>
    private sealed class UnauthorizedProblem(string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail).ExecuteAsync(httpContext);
        }
    }
}
