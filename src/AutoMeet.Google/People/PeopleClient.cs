using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.People.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace AutoMeet.Google.People;

/// <summary>
/// A small typed client for the People search endpoints (paths and parameters as in the discovery document), with
/// bearer tokens from <see cref="IGoogleTokenSource"/> (a 401 refreshes the token once) and the Gmail retry pipeline.
/// </summary>
internal sealed class PeopleClient
{
    public const string HttpClientName = "AutoMeet.Google.People";
    public const string SearchContactsOperation = "people.searchContacts";
    public const string SearchOtherContactsOperation = "otherContacts.search";

    private readonly IHttpClientFactory _http;
    private readonly IGoogleTokenSource _tokens;
    private readonly GoogleOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public PeopleClient(IHttpClientFactory http, IGoogleTokenSource tokens, IOptions<GoogleOptions> options, TimeProvider time, ILogger<PeopleClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _pipeline = GmailResilience.Create(_options, time, logger ?? (ILogger)NullLogger.Instance, retryServerErrors: true);
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
        var response = await SendAsync(client, uri, token, operation, accountId, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            token = await _tokens.GetAccessTokenAsync(accountId, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await SendAsync(client, uri, token, operation, accountId, cancellationToken).ConfigureAwait(false);
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

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string uri, string token, string operation, Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GmailResilience.OperationKey, operation);
        context.Properties.Set(GmailResilience.AccountKey, accountId.ToString());
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, state.uri);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", state.token);
                    return await state.client.SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (client, uri, token)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<GooglePeopleApiException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? reason = null;
        try
        {
            var error = await response.Content.ReadFromJsonAsync(PeopleJsonContext.Default.GmailErrorResponse, cancellationToken).ConfigureAwait(false);
            reason = error?.Error?.Status ?? (error?.Error?.Errors is { Count: > 0 } errors ? errors[0].Reason : null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not Google's JSON error envelope: the status code says enough.
        }

        return new GooglePeopleApiException(operation, response.StatusCode, reason);
    }
}
