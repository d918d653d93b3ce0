using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Google.Internal;
using AutoMeet.Google.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace AutoMeet.Google.Gmail;

/// <summary>
/// A small typed client for the Gmail REST endpoints AutoMeet uses (paths and parameters as in the discovery
/// document), with bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and Polly resilience.
/// </summary>
internal sealed class GmailClient
{
    public const string HttpClientName = "AutoMeet.Google.Gmail";
    private const string UserPath = "gmail/v1/users/me/";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _reads;
    private readonly ResiliencePipeline<HttpResponseMessage> _sends;

    public GmailClient(IHttpClientFactory http, IGoogleTokenSource tokens, IOptions<GoogleOptions> options, TimeProvider time, ILogger<GmailClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reads = GmailResilience.Create(_options, time, _logger, retryServerErrors: true);
        _sends = GmailResilience.Create(_options, time, _logger, retryServerErrors: false);
    }

    /// <summary><c>users.messages.send</c>: retried only on 429 (a 5xx or timeout may have sent it; the caller reconciles).</summary>
    public Task<GmailMessage> SendMessageAsync(Id<MailboxAccount> accountId, string raw, string? threadId, CancellationToken cancellationToken) =>
        CallAsync(
            accountId,
            "users.messages.send",
            () => new HttpRequestMessage(HttpMethod.Post, UserPath + "messages/send")
            {
                Content = JsonContent.Create(new GmailMessage { Raw = raw, ThreadId = threadId }, GmailJsonContext.Default.GmailMessage),
            },
            GmailJsonContext.Default.GmailMessage,
            _sends,
            cancellationToken);

    /// <summary><c>users.messages.list</c>.</summary>
    public Task<GmailListMessagesResponse> ListMessagesAsync(Id<MailboxAccount> accountId, string query, string? pageToken, int maxResults, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}messages?q={Uri.EscapeDataString(query)}&maxResults={maxResults.ToString(CultureInfo.InvariantCulture)}"
            + (pageToken is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken));
        return CallAsync(accountId, "users.messages.list", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailListMessagesResponse, _reads, cancellationToken);
    }

    /// <summary><c>users.messages.get</c> with <c>format</c> and repeated <c>metadataHeaders</c>.</summary>
    public Task<GmailMessage> GetMessageAsync(Id<MailboxAccount> accountId, string messageId, string format, IReadOnlyList<string> metadataHeaders, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}messages/{Uri.EscapeDataString(messageId)}?format={format}"
            + string.Concat(metadataHeaders.Select(h => "&metadataHeaders=" + Uri.EscapeDataString(h)));
        return CallAsync(accountId, "users.messages.get", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailMessage, _reads, cancellationToken);
    }

    /// <summary><c>users.history.list</c> for <c>messageAdded</c> records.</summary>
    public Task<GmailListHistoryResponse> ListHistoryAsync(Id<MailboxAccount> accountId, string startHistoryId, string? pageToken, CancellationToken cancellationToken)
    {
        var uri = $"{UserPath}history?startHistoryId={Uri.EscapeDataString(startHistoryId)}&historyTypes=messageAdded&maxResults={_options.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (pageToken is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken));
        return CallAsync(accountId, "users.history.list", () => new HttpRequestMessage(HttpMethod.Get, uri), GmailJsonContext.Default.GmailListHistoryResponse, _reads, cancellationToken);
    }

    /// <summary><c>users.getProfile</c> (the mailbox's current <c>historyId</c>).</summary>
    public Task<GmailProfile> GetProfileAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken) =>
        CallAsync(accountId, "users.getProfile", () => new HttpRequestMessage(HttpMethod.Get, UserPath + "profile"), GmailJsonContext.Default.GmailProfile, _reads, cancellationToken);

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
            _reads,
            cancellationToken);

    private async Task<T> CallAsync<T>(
        Id<MailboxAccount> accountId,
        string operation,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T> responseType,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        CancellationToken cancellationToken)
    {
        var client = _http.CreateClient(HttpClientName);
        client.BaseAddress ??= _options.GmailApiBaseUri;
        var token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await ExecuteAsync(client, accountId, operation, createRequest, token, pipeline, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            GoogleLog.AccessTokenRejected(_logger, accountId);
            token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await ExecuteAsync(client, accountId, operation, createRequest, token, pipeline, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(operation, response, cancellationToken).ConfigureAwait(false);
            }

            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new GmailApiException(operation, response.StatusCode, "emptyResponse");
        }
    }

    private static async Task<HttpResponseMessage> ExecuteAsync(
        HttpClient client,
        Id<MailboxAccount> accountId,
        string operation,
        Func<HttpRequestMessage> createRequest,
        string token,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GmailResilience.OperationKey, operation);
        context.Properties.Set(GmailResilience.AccountKey, accountId.ToString());
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    using var request = state.createRequest();
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", state.token);
                    return await state.client.SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (client, createRequest, token)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<GmailApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? reason = null;
        try
        {
            var error = await response.Content.ReadFromJsonAsync(GmailJsonContext.Default.GmailErrorResponse, cancellationToken).ConfigureAwait(false);
            reason = (error?.Error?.Errors is { Count: > 0 } errors ? errors[0].Reason : null) ?? error?.Error?.Status;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not Google's JSON error envelope: the status code says enough.
        }

        return new GmailApiException(operation, response.StatusCode, reason, GmailResilience.RetryAfter(response));
    }
}
