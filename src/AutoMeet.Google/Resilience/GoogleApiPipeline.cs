using System.Collections.Concurrent;
using System.Net;
using System.Runtime.ExceptionServices;
using AutoMeet.Accounts;
using AutoMeet.Google.Internal;
using AutoMeet.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AutoMeet.Google.Resilience;

/// <summary>
/// The resilience of every Google API call, shared by the Gmail, Calendar and People clients. From the outside in:
/// an overall timeout (<see cref="GoogleOptions.OverallTimeout"/>); the shared retry policy
/// (<see cref="AutoMeetRetry"/>: exponential backoff with jitter, <c>Retry-After</c> honoured up to
/// <see cref="GoogleOptions.MaxRetryAfter"/>); then, per attempt, the account's circuit breaker, the quota limiter and
/// the per-attempt timeout (<see cref="GoogleOptions.RequestTimeout"/>).
/// </summary>
/// <remarks>
/// Retried: 429 and 403 <c>rateLimitExceeded</c>/<c>userRateLimitExceeded</c> (Google did nothing), and for idempotent
/// calls also 408, 500, 502, 503, 504, timeouts and lost connections. Everything else (400, 401, 403, 404, 409, 410…)
/// is returned to the client as is: 401 refreshes the token once there, the rest cannot succeed by repeating. When the
/// retries run out, the client's own exception (for example <c>GmailApiException</c> with the <c>Retry-After</c>) is thrown.
/// </remarks>
internal sealed class GoogleApiPipeline
{
    private readonly string _api;
    private readonly GoogleOptions _options;
    private readonly GoogleQuotaLimiter? _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<string, HttpResponseMessage, CancellationToken, Task<Exception>> _toException;
    private readonly ResiliencePipeline _outer;
    private readonly ResiliencePipeline<HttpResponseMessage> _attemptTimeout;
    private readonly ConcurrentDictionary<Id<MailboxAccount>, ResiliencePipeline<HttpResponseMessage>> _breakers = new();

    /// <summary>Initializes a new instance of the <see cref="GoogleApiPipeline"/> class.</summary>
    /// <param name="api">The API name (<c>Gmail</c>, <c>Calendar</c>, <c>People</c>), for messages and logs.</param>
    /// <param name="options">The settings.</param>
    /// <param name="limiter">The quota limiter, or <see langword="null"/> for none.</param>
    /// <param name="time">The time source of every delay, timeout and breaker.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="toException">Turns a failed response into the API's exception (reads the body; does not dispose).</param>
    public GoogleApiPipeline(
        string api,
        GoogleOptions options,
        GoogleQuotaLimiter? limiter,
        TimeProvider time,
        ILogger logger,
        Func<string, HttpResponseMessage, CancellationToken, Task<Exception>> toException)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(toException);
        _api = api;
        _options = options;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _toException = toException;
        _outer = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(options.OverallTimeout)
            .AddPipeline(AutoMeetRetry.Create(RetryOptions(options), time, logger))
            .Build();
        _attemptTimeout = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    /// <summary>Maps the Google settings onto the shared retry policy's.</summary>
    public static RetryPolicyOptions RetryOptions(GoogleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RetryPolicyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BaseDelay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            MaxRetryAfter = options.MaxRetryAfter,
            UseJitter = true,
        };
    }

    /// <summary>
    /// Makes the call. Returns the response when it succeeded or failed in a way the caller handles (401, other 4xx,
    /// and a 5xx of a non-idempotent call); throws the API's exception when retryable failures outlasted the retries.
    /// </summary>
    /// <param name="call">What is called, for which account.</param>
    /// <param name="send">Sends one attempt (a fresh request each time) with the attempt's token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; the caller disposes it.</returns>
    /// <exception cref="GoogleQuotaExceededException">The quota has no room within <see cref="GoogleOptions.MaxQuotaWait"/>.</exception>
    /// <exception cref="GoogleCircuitOpenException">The account's circuit is open.</exception>
    /// <exception cref="TimeoutRejectedException">An attempt or the whole call timed out.</exception>
    public async Task<HttpResponseMessage> ExecuteAsync(GoogleCall call, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var context = ResilienceContextPool.Shared.Get(call.Operation, cancellationToken);
        try
        {
            return await _outer.ExecuteAsync(
                static async (ctx, state) => await state.Self.AttemptAsync(state.Call, state.Send, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Self: this, Call: call, Send: send)).ConfigureAwait(false);
        }
        catch (NotRetriedException wrapper)
        {
            ExceptionDispatchInfo.Capture(wrapper.InnerException!).Throw();
            throw;
        }
        catch (TransientFailureException failure) when (failure.InnerException is { } apiError)
        {
            // The retries ran out (or Retry-After was too long to wait): the client's own exception says what Google said.
            ExceptionDispatchInfo.Capture(apiError).Throw();
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> AttemptAsync(GoogleCall call, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await Breaker(call.AccountId).ExecuteAsync(
                static async (state, ct) =>
                {
                    if (state.Self._limiter is { } limiter && await limiter.AcquireAsync(state.Call.AccountId, state.Call.QuotaUnits, ct).ConfigureAwait(false) is { } waited
                        && waited > TimeSpan.Zero)
                    {
                        GoogleLog.QuotaWaited(state.Self._logger, state.Self._api, state.Call.Operation, state.Call.AccountId, waited);
                    }

                    return await state.Self._attemptTimeout.ExecuteAsync(static async (send, ct2) => await send(ct2).ConfigureAwait(false), state.Send, ct).ConfigureAwait(false);
                },
                (Self: this, Call: call, Send: send),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new GoogleCircuitOpenException(_api, call.AccountId, ex.RetryAfter, ex);
        }
        catch (Exception ex) when (!call.Idempotent && TransientFailures.IsTransient(ex, cancellationToken))
        {
            // The request may have reached Google: the caller reconciles instead of repeating it blindly.
            throw new NotRetriedException(ex);
        }

        if (response.IsSuccessStatusCode || !await IsRetryableAsync(call, response, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        using (response)
        {
            var error = await _toException(call.Operation, response, cancellationToken).ConfigureAwait(false);
            throw new TransientFailureException($"{_api} {call.Operation} answered HTTP {(int)response.StatusCode}.", GoogleApiErrors.RetryAfter(response), error);
        }
    }

    private static async ValueTask<bool> IsRetryableAsync(GoogleCall call, HttpResponseMessage response, CancellationToken cancellationToken) => response.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.Forbidden => GoogleApiErrors.IsRateLimitReason((await GoogleApiErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false)).Reason),
        var status => call.Idempotent && TransientFailures.IsTransient(status),
    };

    private ResiliencePipeline<HttpResponseMessage> Breaker(Id<MailboxAccount> accountId) =>
        _breakers.GetOrAdd(accountId, static (id, self) => self.CreateBreaker(id), this);

    private ResiliencePipeline<HttpResponseMessage> CreateBreaker(Id<MailboxAccount> accountId)
    {
        var settings = _options.CircuitBreaker;
        if (!settings.Enabled)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumThroughput,
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
                    { Result: { } response } => response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
                    _ => false,
                }),
                OnOpened = args =>
                {
                    GoogleLog.CircuitOpened(_logger, _api, accountId, args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    GoogleLog.CircuitClosed(_logger, _api, accountId);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Carries a failure of a non-idempotent call past the retry policy (which would otherwise repeat it).</summary>
    private sealed class NotRetriedException(Exception inner) : Exception(inner.Message, inner);
}
