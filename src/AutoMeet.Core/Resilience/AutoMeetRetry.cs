using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace AutoMeet.Resilience;

/// <summary>
/// Builds the one retry policy every adapter shares, as Polly <see cref="ResiliencePipeline"/>s: exponential backoff
/// from <see cref="RetryPolicyOptions.BaseDelay"/> (doubling, capped at <see cref="RetryPolicyOptions.MaxDelay"/>) with
/// jitter, retrying only <see cref="TransientFailures">transient</see> failures, and waiting exactly as long as a
/// provider's <c>Retry-After</c> asks (up to <see cref="RetryPolicyOptions.MaxRetryAfter"/>; a longer request ends the
/// retries so the caller can reschedule the work instead of holding a lease).
/// </summary>
/// <remarks>
/// Delays run on the given <see cref="TimeProvider"/> (a fake one in tests). Each retry is logged (event id 1820) with
/// the operation key, the attempt, the delay and the exception type, never the exception message, which may hold
/// personal data. Typical use in an adapter:
/// <code>
/// private readonly ResiliencePipeline _retry = AutoMeetRetry.Create(options.Retry, timeProvider, logger);
/// var result = await _retry.ExecuteAsync(static async (state, ct) => await state.CallAsync(ct), this, cancellationToken);
/// </code>
/// Adapters throw <see cref="TransientFailureException"/> (with the provider's <c>Retry-After</c>) for a provider
/// error they know to be transient; HTTP clients can use <see cref="CreateForHttp"/>, which inspects the responses.
/// </remarks>
public static partial class AutoMeetRetry
{
    /// <summary>Creates the retry pipeline for calls that signal failure by throwing.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The time source of the delays; <see langword="null"/> for the system clock.</param>
    /// <param name="logger">Logs the retries; <see langword="null"/> for none.</param>
    /// <returns>The pipeline (thread-safe; create it once and reuse it).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static ResiliencePipeline Create(RetryPolicyOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        options ??= new RetryPolicyOptions();
        options.Validate();
        var log = logger ?? NullLogger.Instance;
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetryAttempts > 0
                    && args.Outcome.Exception is { } exception
                    && TransientFailures.IsTransient(exception, args.Context.CancellationToken)
                    && !(RetryAfter(exception) > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } exception ? RetryAfter(exception) : null),
                OnRetry = args =>
                {
                    LogRetry(log, args.Context.OperationKey ?? "call", args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.GetType().Name ?? "result");
                    return default;
                },
            })
            .Build();
    }

    /// <summary>
    /// Creates the retry pipeline for HTTP calls: retries transient statuses (408, 429, 5xx gateway errors) honouring the
    /// response's <c>Retry-After</c>, and transient exceptions. Responses of failed attempts are disposed by Polly.
    /// </summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The time source of the delays; <see langword="null"/> for the system clock.</param>
    /// <param name="logger">Logs the retries; <see langword="null"/> for none.</param>
    /// <returns>The pipeline (thread-safe; create it once and reuse it).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static ResiliencePipeline<HttpResponseMessage> CreateForHttp(RetryPolicyOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        options ??= new RetryPolicyOptions();
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        var log = logger ?? NullLogger.Instance;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetryAttempts > 0
                    && (args.Outcome.Exception is { } exception
                        ? TransientFailures.IsTransient(exception, args.Context.CancellationToken) && !(RetryAfter(exception) > options.MaxRetryAfter)
                        : args.Outcome.Result is { } response && TransientFailures.IsTransient(response.StatusCode)
                            && !(TransientFailures.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()) > options.MaxRetryAfter))),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } exception
                    ? RetryAfter(exception)
                    : TransientFailures.RetryAfter(args.Outcome.Result?.Headers.RetryAfter, time.GetUtcNow())),
                OnRetry = args =>
                {
                    var what = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int?)args.Outcome.Result?.StatusCode}";
                    LogRetry(log, args.Context.OperationKey ?? "http", args.AttemptNumber + 1, args.RetryDelay, what);
                    return default;
                },
            })
            .Build();
    }

    private static TimeSpan? RetryAfter(Exception exception) => (exception as TransientFailureException)?.RetryAfter;

    [LoggerMessage(EventId = 1820, Level = LogLevel.Warning, Message = "Transient failure in {Operation} ({Failure}) on attempt {Attempt}; retrying in {Delay}.")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, TimeSpan delay, string failure);
}
