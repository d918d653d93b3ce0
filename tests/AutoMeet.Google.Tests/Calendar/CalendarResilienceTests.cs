using System.Net;
using System.Text;
using AutoMeet.Google.Calendar;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class CalendarResilienceTests
{
    private static readonly GoogleOptions Options = new() { RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 3, MaxRetryAfter = TimeSpan.FromSeconds(5) };

    private static HttpResponseMessage Error(HttpStatusCode status, string reason, int? retryAfter = null)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent($$$"""{"error":{"code":{{{(int)status}}},"message":"x","errors":[{"domain":"usageLimits","reason":"{{{reason}}}"}]}}""", Encoding.UTF8, "application/json"),
        };
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    private static async Task<(int Calls, HttpStatusCode Final)> RunAsync(Func<HttpResponseMessage> first, bool retryServerErrors = true)
    {
        var pipeline = CalendarResilience.Create(Options, TimeProvider.System, NullLogger.Instance, retryServerErrors);
        var calls = 0;
        using var response = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(++calls == 1 ? first() : new HttpResponseMessage(HttpStatusCode.OK)));
        return (calls, response.StatusCode);
    }

    [Theory]
    [InlineData("rateLimitExceeded")]
    [InlineData("userRateLimitExceeded")]
    public async Task Create_403QuotaReason_Retries(string reason)
    {
        var (calls, final) = await RunAsync(() => Error(HttpStatusCode.Forbidden, reason));

        Assert.Equal(2, calls);
        Assert.Equal(HttpStatusCode.OK, final);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "forbidden")]
    [InlineData(HttpStatusCode.BadRequest, "invalid")]
    [InlineData(HttpStatusCode.NotFound, "notFound")]
    [InlineData(HttpStatusCode.Conflict, "duplicate")]
    [InlineData(HttpStatusCode.Gone, "fullSyncRequired")]
    public async Task Create_4xxThatCannotSucceed_DoesNotRetry(HttpStatusCode status, string reason)
    {
        var (calls, final) = await RunAsync(() => Error(status, reason));

        Assert.Equal(1, calls);
        Assert.Equal(status, final);
    }

    [Fact]
    public async Task Create_500_RetriesOnlyWhenServerErrorsAreRetried()
    {
        Assert.Equal(2, (await RunAsync(() => Error(HttpStatusCode.InternalServerError, "backendError"))).Calls);
        Assert.Equal(1, (await RunAsync(() => Error(HttpStatusCode.InternalServerError, "backendError"), retryServerErrors: false)).Calls);
    }

    [Fact]
    public async Task Create_429WithRetryAfterBeyondTheLimit_FailsInsteadOfWaiting()
    {
        var (calls, final) = await RunAsync(() => Error(HttpStatusCode.TooManyRequests, "rateLimitExceeded", retryAfter: 3600));

        Assert.Equal(1, calls);
        Assert.Equal(HttpStatusCode.TooManyRequests, final);
    }
}
