using System.Net;
using AutoMeet.Google.Internal;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AutoMeet.Google.Gmail;

/// <summary>
/// Builds the Polly pipelines of Gmail calls: retries with exponential backoff and jitter on 429 and 5xx (only 429 for
/// <c>messages.send</c>, whose 5xx is ambiguous and reconciled instead), honouring <c>Retry-After</c>; a per-attempt timeout.
/// </summary>
internal static class GmailResilience
{
    public static readonly ResiliencePropertyKey<string> OperationKey = new("gmail.operation");
    public static readonly ResiliencePropertyKey<string> AccountKey = new("gmail.account");

    public static ResiliencePipeline<HttpResponseMessage> Create(GoogleOptions options, TimeProvider time, ILogger logger, bool retryServerErrors)
    {
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome, options, retryServerErrors)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    var outcome = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    GoogleLog.Retrying(
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

    /// <summary>Reads <c>Retry-After</c> (seconds or an HTTP date) from a response.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date && response!.Headers.Date is { } now)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return null;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, GoogleOptions options, bool retryServerErrors)
    {
        if (outcome.Exception is not null)
        {
            return retryServerErrors && outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // A Retry-After longer than we are willing to wait fails the call, so the caller can reschedule.
            return RetryAfter(response) is not { } wait || wait <= options.MaxRetryAfter;
        }

        return retryServerErrors && (int)response.StatusCode >= 500;
    }
}
