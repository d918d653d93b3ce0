using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoMeet.Accounts;
using AutoMeet.Google.Calendar.Models;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// A small typed client for the Calendar REST endpoints AutoMeet uses (paths and parameters as in the discovery
/// document), with bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and the shared
/// <see cref="GoogleApiPipeline"/> (retry policy, per-account quota limiter and circuit breaker, timeouts).
/// </summary>
internal sealed partial class CalendarClient
{
    public const string HttpClientName = "AutoMeet.Google.Calendar";
    private const string ServicePath = "calendar/v3/";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;
    private readonly GoogleApiPipeline _pipeline;

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
        var limiter = new GoogleQuotaLimiter(
            "Calendar",
            _options.Calendar.UserRequestsPerMinute,
            _options.Calendar.ProjectRequestsPerMinute,
            largestCall: 1,
            _options.MaxQuotaWait,
            time);
        _pipeline = new GoogleApiPipeline("Calendar", _options, limiter, time, _logger, static async (operation, response, ct) => await ToExceptionAsync(operation, response, ct).ConfigureAwait(false));
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string EventsPath(string calendarId) => $"{ServicePath}calendars/{Escape(calendarId)}/events";

    private static StringContent Json<T>(T body, JsonTypeInfo<T> type) =>
        new(JsonSerializer.Serialize(body, type), System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// Sends a call and reads its JSON answer; <see langword="null"/> when the answer has no body (204).
    /// <c>retryServerErrors</c> says whether the call is idempotent, so a 5xx, timeout or lost connection may be retried.
    /// </summary>
    private async Task<T?> CallAsync<T>(
        Id<MailboxAccount> accountId,
        string operation,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T>? responseType,
        bool retryServerErrors,
        CancellationToken cancellationToken)
        where T : class
    {
        var client = _http.CreateClient(HttpClientName);
        client.BaseAddress ??= _options.Calendar.ApiBaseUri;
        var call = new GoogleCall(accountId, operation, QuotaUnits: 1, Idempotent: retryServerErrors);
        var token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await _pipeline.ExecuteAsync(call, ct => SendAsync(client, createRequest, token, ct), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            CalendarLog.AccessTokenRejected(_logger, accountId);
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
                return null;
            }

            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new GoogleCalendarApiException(operation, response.StatusCode, "emptyResponse");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> createRequest, string token, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<GoogleCalendarApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (reason, status) = await GoogleApiErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return new GoogleCalendarApiException(operation, response.StatusCode, reason ?? status, GoogleApiErrors.RetryAfter(response));
    }
}
