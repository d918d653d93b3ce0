using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Google.Internal;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Gmail;

/// <summary>
/// A small typed client for the Gmail REST endpoints AutoMeet uses (paths and parameters as in the discovery
/// document), with bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and the shared
/// <see cref="GoogleApiPipeline"/> (retry policy, per-account quota limiter and circuit breaker, timeouts).
/// </summary>
internal sealed class GmailClient
{
    public const string HttpClientName = "AutoMeet.Google.Gmail";
    private const string UserPath = "gmail/v1/users/me/";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;
    private readonly GoogleApiPipeline _pipeline;

    public GmailClient(IHttpClientFactory http, IGoogleTokenSource tokens, IOptions<GoogleOptions> options, TimeProvider time, ILogger<GmailClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var limiter = new GoogleQuotaLimiter(
            "Gmail",
            _options.GmailUserQuotaUnitsPerMinute,
            _options.GmailProjectQuotaUnitsPerMinute,
            GmailQuota.LargestCall(_options),
            _options.MaxQuotaWait,
            time);
        _pipeline = new GoogleApiPipeline("Gmail", _options, limiter, time, _logger, static async (operation, response, ct) => await ToExceptionAsync(operation, response, ct).ConfigureAwait(false));
    }

    /// <summary><c>users.messages.send</c>: retried only on 429 and 403 rate limits (a 5xx or timeout may have sent it; the caller reconciles).</summary>
    public Task<GmailMessage> SendMessageAsync(Id<MailboxAccount> accountId, string raw, string? threadId, CancellationToken cancellationToken) =>
        CallAsync(
            accountId,
            "users.messages.send",
            () => new HttpRequestMessage(HttpMethod.Post, UserPath + "messages/send")
            {
                Content = JsonContent.Create(new GmailMessage { Raw = raw, ThreadId = threadId }, GmailJsonContext.Default.GmailMessage),
            },
            GmailJsonContext.Default.GmailMessage,
            idempotent: false,
            cancellationToken);

    /// <summary><c>users.messages.list</c>.</summary>
    public Task<GmailListMessagesResponse> ListMessagesAsync(Id<MailboxAccount> accountId, string query, string? pageToken, int maxResults, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}messages?q={Uri.EscapeDataString(query)}&maxResults={maxResults.ToString(CultureInfo.InvariantCulture)}"
            + (pageToken is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken));
        return CallAsync(accountId, "users.messages.list", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailListMessagesResponse, idempotent: true, cancellationToken);
    }

    /// <summary><c>users.messages.get</c> with <c>format</c> and repeated <c>metadataHeaders</c>.</summary>
    public Task<GmailMessage> GetMessageAsync(Id<MailboxAccount> accountId, string messageId, string format, IReadOnlyList<string> metadataHeaders, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}messages/{Uri.EscapeDataString(messageId)}?format={format}"
            + string.Concat(metadataHeaders.Select(h => "&metadataHeaders=" + Uri.EscapeDataString(h)));
        return CallAsync(accountId, "users.messages.get", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailMessage, idempotent: true, cancellationToken);
    }

    /// <summary><c>users.history.list</c> for <c>messageAdded</c> records.</summary>
    public Task<GmailListHistoryResponse> ListHistoryAsync(Id<MailboxAccount> accountId, string startHistoryId, string? pageToken, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}history?startHistoryId={Uri.EscapeDataString(startHistoryId)}&historyTypes=messageAdded&maxResults={_options.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (pageToken is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken));
        return CallAsync(accountId, "users.history.list", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailListHistoryResponse, idempotent: true, cancellationToken);
    }

    /// <summary><c>users.getProfile</c> (the mailbox's current <c>historyId</c>).</summary>
    public Task<GmailProfile> GetProfileAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken) =>
        CallAsync(accountId, "users.getProfile", () => new HttpRequestMessage(HttpMethod.Get, UserPath + "profile"), GmailJsonContext.Default.GmailProfile, idempotent: true, cancellationToken);

    /// <summary><c>users.watch</c>: starts or renews push notifications to a Pub/Sub topic for changes to the given labels.</summary>
    public Task<GmailWatchResponse> WatchAsync(Id<MailboxAccount> accountId, string topicName, IReadOnlyList<string> labelIds, CancellationToken cancellationToken) =>
        CallAsync(
            accountId,
            "users.watch",
            () => new HttpRequestMessage(HttpMethod.Post, UserPath + "watch")
            {
                Content = JsonContent.Create(
                    new GmailWatchRequest { TopicName = topicName, LabelIds = labelIds, LabelFilterBehavior = "include" },
                    GmailJsonContext.Default.GmailWatchRequest),
            },
            GmailJsonContext.Default.GmailWatchResponse,
            idempotent: true,
            cancellationToken);

    /// <summary><c>users.stop</c>: stops push notifications for the mailbox (answers 204).</summary>
    public Task StopWatchAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken) =>
        CallAsync<GmailProfile>(accountId, "users.stop", () => new HttpRequestMessage(HttpMethod.Post, UserPath + "stop"), responseType: null, idempotent: true, cancellationToken);

    private async Task<T> CallAsync<T>(
        Id<MailboxAccount> accountId,
        string operation,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T>? responseType,
        bool idempotent,
        CancellationToken cancellationToken)
    {
        var client = _http.CreateClient(HttpClientName);
        client.BaseAddress ??= _options.GmailApiBaseUri;
        var call = new GoogleCall(accountId, operation, GmailQuota.UnitsOf(_options, operation), idempotent);
        var token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await _pipeline.ExecuteAsync(call, ct => SendAsync(client, createRequest, token, ct), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            GoogleLog.AccessTokenRejected(_logger, accountId);
            var refreshed = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await _pipeline.ExecuteAsync(call, ct => SendAsync(client, createRequest, refreshed, ct), cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(operation, response, cancellationToken).ConfigureAwait(false);
            }

            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return default!;
            }

            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new GmailApiException(operation, response.StatusCode, "emptyResponse");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> createRequest, string token, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<GmailApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (reason, status) = await GoogleApiErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return new GmailApiException(operation, response.StatusCode, reason ?? status, GoogleApiErrors.RetryAfter(response));
    }
}
