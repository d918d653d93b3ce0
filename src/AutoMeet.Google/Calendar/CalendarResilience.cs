using System.Net;
using AutoMeet.Google.Gmail;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Builds the Polly pipelines of Calendar calls, as for Gmail: retries with exponential backoff and jitter on 429, 5xx and
/// the 403 quota reasons (<c>rateLimitExceeded</c>, <c>userRateLimitExceeded</c>), honouring <c>Retry-After</c>; no
/// retry on other 4xx; a per-attempt timeout.
/// </summary>
internal static class CalendarResilience
{
    public static readonly ResiliencePropertyKey<string> OperationKey = new("calendar.operation");
    public static readonly ResiliencePropertyKey<string> AccountKey = new("calendar.account");

    public static ResiliencePipeline<HttpResponseMessage> Create(GoogleOptions options, TimeProvider time, ILogger logger, bool retryServerErrors)
    {
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = async args => options.MaxRetryAttempts > 0 && await ShouldRetryAsync(args.Outcome, options, retryServerErrors).ConfigureAwait(false),
                DelayGenerator = args => ValueTask.FromResult(GmailResilience.RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    var outcome = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    CalendarLog.Retrying(
                        logger,
                        args.Context.Properties.GetValue(OperationKey, "?"),
                        args.Context.Properties.GetValue(AccountKey, "?"),
                        outcome,
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, GoogleOptions options, bool retryServerErrors)
    {
        if (outcome.Exception is not null)
        {
            return retryServerErrors && outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                // A Retry-After longer than we are willing to wait fails the call, so the caller can reschedule.
                return GmailResilience.RetryAfter(response) is not { } wait || wait <= options.MaxRetryAfter;
            case HttpStatusCode.Forbidden:
                // Calendar reports quota as 403 usageLimits; other 403s (forbidden, domain policy) cannot succeed.
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                return body.Contains("\"rateLimitExceeded\"", StringComparison.Ordinal)
                    || body.Contains("\"userRateLimitExceeded\"", StringComparison.Ordinal);
            default:
                return retryServerErrors && (int)response.StatusCode >= 500;
        }
    }
}
