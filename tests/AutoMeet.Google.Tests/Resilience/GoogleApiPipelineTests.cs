using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace AutoMeet.Google.Tests.Resilience;

public sealed class GoogleApiPipelineTests
{
    private static readonly Id<MailboxAccount> Account = Id<MailboxAccount>.New();

    private static GoogleOptions Options(int retries = 3) => new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAttempts = retries,
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        CircuitBreaker = { Enabled = false },
    };

    private static GoogleApiPipeline Pipeline(GoogleOptions? options = null, TimeProvider? time = null) =>
        new("Test", options ?? Options(), limiter: null, time ?? TimeProvider.System, NullLogger.Instance, async (operation, response, ct) =>
            new GmailApiException(operation, response.StatusCode, (await GoogleApiErrors.ReadAsync(response, ct)).Reason, GoogleApiErrors.RetryAfter(response)));

    private static HttpResponseMessage Error(HttpStatusCode status, string reason, int? retryAfter = null)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent($$$"""{"error":{"code":{{{(int)status}}},"message":"x","errors":[{"domain":"usageLimits","reason":"{{{reason}}}"}]}}""", Encoding.UTF8, "application/json"),
        };
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    private static async Task<(int Calls, HttpStatusCode Final)> RunAsync(Func<HttpResponseMessage> first, bool idempotent = true)
    {
        var calls = 0;
        using var response = await Pipeline().ExecuteAsync(
            new GoogleCall(Account, "users.messages.get", 0, idempotent),
            _ => Task.FromResult(++calls == 1 ? first() : new HttpResponseMessage(HttpStatusCode.OK)),
            CancellationToken.None);
        return (calls, response.StatusCode);
    }

    [Theory]
    [InlineData("rateLimitExceeded")]
    [InlineData("userRateLimitExceeded")]
    public async Task ExecuteAsync_403QuotaReason_Retries(string reason)
    {
        var (calls, final) = await RunAsync(() => Error(HttpStatusCode.Forbidden, reason), idempotent: false);

        Assert.Equal(2, calls);
        Assert.Equal(HttpStatusCode.OK, final);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "forbidden")]
    [InlineData(HttpStatusCode.Forbidden, "dailyLimitExceeded")]
    [InlineData(HttpStatusCode.BadRequest, "invalid")]
    [InlineData(HttpStatusCode.Unauthorized, "authError")]
    [InlineData(HttpStatusCode.NotFound, "notFound")]
    [InlineData(HttpStatusCode.Conflict, "duplicate")]
    [InlineData(HttpStatusCode.Gone, "fullSyncRequired")]
    public async Task ExecuteAsync_4xxThatCannotSucceed_ReturnsItWithoutRetry(HttpStatusCode status, string reason)
    {
        var (calls, final) = await RunAsync(() => Error(status, reason));

        Assert.Equal(1, calls);
        Assert.Equal(status, final);
    }

    [Fact]
    public async Task ExecuteAsync_500_RetriedOnlyWhenIdempotent()
    {
        Assert.Equal(2, (await RunAsync(() => Error(HttpStatusCode.InternalServerError, "backendError"))).Calls);

        var (calls, final) = await RunAsync(() => Error(HttpStatusCode.InternalServerError, "backendError"), idempotent: false);
        Assert.Equal(1, calls);
        Assert.Equal(HttpStatusCode.InternalServerError, final);
    }

    [Fact]
    public async Task ExecuteAsync_ConnectionLostOnNonIdempotentCall_ThrowsItWithoutRetry()
    {
        var calls = 0;

        await Assert.ThrowsAsync<HttpRequestException>(() => Pipeline().ExecuteAsync(
            new GoogleCall(Account, "users.messages.send", 0, Idempotent: false),
            _ => ++calls == 1 ? throw new HttpRequestException("reset") : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)),
            CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ExecuteAsync_ConnectionLostOnIdempotentCall_Retries()
    {
        var calls = 0;

        using var response = await Pipeline().ExecuteAsync(
            new GoogleCall(Account, "users.messages.get", 0, Idempotent: true),
            _ => ++calls == 1 ? throw new HttpRequestException("reset") : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)),
            CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExecuteAsync_429WithRetryAfter_WaitsExactlyThatLongOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var calls = new List<DateTimeOffset>();
        var pipeline = Pipeline(time: time);

        var call = pipeline.ExecuteAsync(
            new GoogleCall(Account, "users.messages.send", 0, Idempotent: false),
            _ =>
            {
                calls.Add(time.GetUtcNow());
                return Task.FromResult(calls.Count == 1 ? Error(HttpStatusCode.TooManyRequests, "rateLimitExceeded", retryAfter: 3) : new HttpResponseMessage(HttpStatusCode.OK));
            },
            CancellationToken.None);
        for (var i = 0; i < 100 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }

        using var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1] - calls[0], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.5));
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterBeyondTheLimit_ThrowsTheApiExceptionWithRetryAfter()
    {
        var calls = 0;

        var ex = await Assert.ThrowsAsync<GmailApiException>(() => Pipeline().ExecuteAsync(
            new GoogleCall(Account, "users.messages.send", 0, Idempotent: false),
            _ =>
            {
                calls++;
                return Task.FromResult(Error(HttpStatusCode.TooManyRequests, "rateLimitExceeded", retryAfter: 3600));
            },
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
    }

    [Fact]
    public async Task ExecuteAsync_RetriesRunOut_ThrowsTheApiException()
    {
        var calls = 0;

        var ex = await Assert.ThrowsAsync<GmailApiException>(() => Pipeline(Options(retries: 2)).ExecuteAsync(
            new GoogleCall(Account, "users.history.list", 0, Idempotent: true),
            _ =>
            {
                calls++;
                return Task.FromResult(Error(HttpStatusCode.ServiceUnavailable, "backendError"));
            },
            CancellationToken.None));

        Assert.Equal(3, calls);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("backendError", ex.Reason);
    }

    [Fact]
    public async Task ExecuteAsync_OverallTimeout_StopsRetrying()
    {
        var options = Options(retries: 10);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(50);
        options.RequestTimeout = TimeSpan.FromMilliseconds(100);
        options.OverallTimeout = TimeSpan.FromMilliseconds(300);
        var calls = 0;

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => Pipeline(options).ExecuteAsync(
            new GoogleCall(Account, "users.history.list", 0, Idempotent: true),
            async ct =>
            {
                calls++;
                await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System, ct);
                return new HttpResponseMessage(HttpStatusCode.OK);
            },
            CancellationToken.None));

        Assert.InRange(calls, 1, 3);
    }
}
