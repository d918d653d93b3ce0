using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.People.Models;
using AutoMeet.Google.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.People;

/// <summary>
/// A small typed client for the People search endpoints (paths and parameters as in the discovery document), with
/// bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and the shared
/// <see cref="GoogleApiPipeline"/> (retry policy, circuit breaker, timeouts; the People API has no per-user quota to keep).
/// </summary>
internal sealed class PeopleClient
{
    public const string HttpClientName = "AutoMeet.Google.People";
    public const string SearchContactsOperation = "people.searchContacts";
    public const string SearchOtherContactsOperation = "otherContacts.search";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly GoogleApiPipeline _pipeline;

    public PeopleClient(IHttpClientFactory http, IGoogleTokenSource tokens, IOptions<GoogleOptions> options, TimeProvider time, ILogger<PeopleClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _pipeline = new GoogleApiPipeline("People", _options, limiter: null, time, logger ?? (ILogger)NullLogger.Instance, static async (operation, response, ct) => await ToExceptionAsync(operation, response, ct).ConfigureAwait(false));
    }

    /// <summary><c>people.searchContacts</c> with names, e-mail addresses and organisations.</summary>
    public Task<PeopleSearchResponse> SearchContactsAsync(Id<MailboxAccount> accountId, string query, CancellationToken cancellationToken) =>
        SearchAsync(accountId, SearchContactsOperation, "v1/people:searchContacts", query, "names,emailAddresses,organizations", cancellationToken);

    /// <summary><c>otherContacts.search</c> (its read mask allows names and e-mail addresses, not organisations).</summary>
    public Task<PeopleSearchResponse> SearchOtherContactsAsync(Id<MailboxAccount> accountId, string query, CancellationToken cancellationToken) =>
        SearchAsync(accountId, SearchOtherContactsOperation, "v1/otherContacts:search", query, "names,emailAddresses", cancellationToken);

    private async Task<PeopleSearchResponse> SearchAsync(Id<MailboxAccount> accountId, string operation, string path, string query, string readMask, CancellationToken cancellationToken)
    {
        var uri = $"{path}?query={Uri.EscapeDataString(query)}&readMask={Uri.EscapeDataString(readMask)}&pageSize=10";
        var client = _http.CreateClient(HttpClientName);
        client.BaseAddress ??= _options.PeopleApiBaseUri;
        var token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var call = new GoogleCall(accountId, operation, QuotaUnits: 0, Idempotent: true);
        var response = await _pipeline.ExecuteAsync(call, ct => SendAsync(client, uri, token, ct), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            var refreshed = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await _pipeline.ExecuteAsync(call, ct => SendAsync(client, uri, refreshed, ct), cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(operation, response, cancellationToken).ConfigureAwait(false);
            }

            return await response.Content.ReadFromJsonAsync(PeopleJsonContext.Default.PeopleSearchResponse, cancellationToken).ConfigureAwait(false)
                ?? new PeopleSearchResponse();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string uri, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<GooglePeopleApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (reason, status) = await GoogleApiErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return new GooglePeopleApiException(operation, response.StatusCode, status ?? reason);
    }
}
