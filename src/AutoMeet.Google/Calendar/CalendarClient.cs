using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoMeet.Accounts;
using AutoMeet.Google.Calendar.Models;
using AutoMeet.Google.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// A small typed client for the Calendar REST endpoints AutoMeet uses (paths and parameters as in the discovery
/// document), with bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and Polly resilience.
/// </summary>
internal sealed partial class CalendarClient
{
    public const string HttpClientName = "AutoMeet.Google.Calendar";
    private const string ServicePath = "calendar/v3/";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retrying;
    private readonly ResiliencePipeline<HttpResponseMessage> _once;

    public CalendarClient(IHttpClientFactory http, IGoogleTokenSource tokens, IOptions<GoogleOptions> options, TimeProvider time, ILogger<CalendarClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _retrying = CalendarResilience.Create(_options, time, _logger, retryServerErrors: true);
        _once = CalendarResilience.Create(_options, time, _logger, retryServerErrors: false);
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string EventsPath(string calendarId) => $"{ServicePath}calendars/{Escape(calendarId)}/events";

    private static StringContent Json<T>(T body, JsonTypeInfo<T> type) =>
        new(JsonSerializer.Serialize(body, type), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Sends a call and reads its JSON answer; <see langword="null"/> when the answer has no body (204).</summary>
    private async Task<T?> CallAsync<T>(
        Id<MailboxAccount> accountId,
        string operation,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T>? responseType,
        bool retryServerErrors,
        CancellationToken cancellationToken)
        where T : class
    {
        var pipeline = retryServerErrors ? _retrying : _once;
        var client = _http.CreateClient(HttpClientName);
        client.BaseAddress ??= _options.Calendar.ApiBaseUri;
        var token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await ExecuteAsync(client, accountId, operation, createRequest, token, pipeline, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            CalendarLog.AccessTokenRejected(_logger, accountId);
            token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await ExecuteAsync(client, accountId, operation, createRequest, token, pipeline, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(operation, response, cancellationToken).ConfigureAwait(false);
            }

            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return null;
            }

            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new GoogleCalendarApiException(operation, response.StatusCode, "emptyResponse");
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
        context.Properties.Set(CalendarResilience.OperationKey, operation);
        context.Properties.Set(CalendarResilience.AccountKey, accountId.ToString());
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

    private static async Task<GoogleCalendarApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? reason = null;
        try
        {
            var error = await response.Content.ReadFromJsonAsync(CalendarJsonContext.Default.GmailErrorResponse, cancellationToken).ConfigureAwait(false);
            reason = (error?.Error?.Errors is { Count: > 0 } errors ? errors[0].Reason : null) ?? error?.Error?.Status;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not Google's JSON error envelope: the status code says enough.
        }

        return new GoogleCalendarApiException(operation, response.StatusCode, reason, Gmail.GmailResilience.RetryAfter(response));
    }
}
