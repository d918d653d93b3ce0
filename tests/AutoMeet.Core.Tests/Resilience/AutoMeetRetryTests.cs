using System.Net;
using System.Net.Http.Headers;
using AutoMeet.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Core.Tests.Resilience;

public sealed class AutoMeetRetryTests
{
    private static readonly RetryPolicyOptions NoJitter = new() { MaxRetryAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), UseJitter = false };

    [Fact]
    public async Task Create_TransientThenSuccess_RetriesWithExponentialBackoff()
    {
        var time = new FakeTimeProvider();
        var pipeline = AutoMeetRetry.Create(NoJitter, time);
        var attempts = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts.Add(time.GetUtcNow());
            return attempts.Count < 3 ? throw new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable) : ValueTask.FromResult(42);
        }).AsTask();
        await AdvanceUntilAsync(time, run);

        Assert.Equal(42, await run);
        Assert.Equal(3, attempts.Count);
        AssertDelay(TimeSpan.FromSeconds(1), attempts[1] - attempts[0]);
        AssertDelay(TimeSpan.FromSeconds(2), attempts[2] - attempts[1]);
    }

    [Fact]
    public async Task Create_RetryAfterOnException_WaitsExactlyThatLong()
    {
        var time = new FakeTimeProvider();
        var pipeline = AutoMeetRetry.Create(NoJitter, time);
        var attempts = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts.Add(time.GetUtcNow());
            return attempts.Count == 1 ? throw new TransientFailureException("rate limited", TimeSpan.FromSeconds(17)) : ValueTask.CompletedTask;
        }).AsTask();
        await AdvanceUntilAsync(time, run);
        await run;

        AssertDelay(TimeSpan.FromSeconds(17), attempts[1] - attempts[0]);
    }

    [Fact]
    public async Task Create_RetryAfterLongerThanMax_DoesNotRetry()
    {
        var pipeline = AutoMeetRetry.Create(new RetryPolicyOptions { MaxRetryAfter = TimeSpan.FromMinutes(1) }, new FakeTimeProvider());
        var calls = 0;

        await Assert.ThrowsAsync<TransientFailureException>(() => pipeline.ExecuteAsync(_ =>
        {
            calls++;
            throw new TransientFailureException("quota", TimeSpan.FromHours(1));
        }).AsTask());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Create_PermanentFailure_DoesNotRetry()
    {
        var pipeline = AutoMeetRetry.Create(NoJitter, new FakeTimeProvider());
        var calls = 0;

        await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.ExecuteAsync(_ =>
        {
            calls++;
            throw new HttpRequestException("forbidden", null, HttpStatusCode.Forbidden);
        }).AsTask());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Create_AlwaysTransient_GivesUpAfterMaxAttempts()
    {
        var time = new FakeTimeProvider();
        var pipeline = AutoMeetRetry.Create(NoJitter, time);
        var calls = 0;

        var run = pipeline.ExecuteAsync(_ =>
        {
            calls++;
            throw new TimeoutException("slow");
        }).AsTask();
        await AdvanceUntilAsync(time, run);

        await Assert.ThrowsAsync<TimeoutException>(() => run);
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task Create_CallerCancels_DoesNotRetry()
    {
        var pipeline = AutoMeetRetry.Create(NoJitter, new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.ExecuteAsync(
            ct =>
            {
                calls++;
                cancellation.Cancel();
                ct.ThrowIfCancellationRequested();
                return ValueTask.CompletedTask;
            },
            cancellation.Token).AsTask());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task CreateForHttp_429WithRetryAfter_HonoursHeaderThenSucceeds()
    {
        var time = new FakeTimeProvider();
        var pipeline = AutoMeetRetry.CreateForHttp(NoJitter, time);
        var attempts = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts.Add(time.GetUtcNow());
            var response = new HttpResponseMessage(attempts.Count == 1 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
            if (attempts.Count == 1)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(9));
            }

            return ValueTask.FromResult(response);
        }).AsTask();
        await AdvanceUntilAsync(time, run);
        using var result = await run;

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        AssertDelay(TimeSpan.FromSeconds(9), attempts[1] - attempts[0]);
    }

    [Fact]
    public async Task CreateForHttp_NotFound_ReturnedWithoutRetry()
    {
        var pipeline = AutoMeetRetry.CreateForHttp(NoJitter, new FakeTimeProvider());
        var calls = 0;

        using var result = await pipeline.ExecuteAsync(_ =>
        {
            calls++;
            return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        });

        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Create_WithJitter_DelaysStayWithinBounds()
    {
        // Jittered delays are random; the pipeline must still build and the options validate.
        var pipeline = AutoMeetRetry.Create(new RetryPolicyOptions(), new FakeTimeProvider());
        Assert.NotNull(pipeline);
    }

    [Theory]
    [InlineData(-1, 1000, 30000, 120000)]
    [InlineData(11, 1000, 30000, 120000)]
    [InlineData(3, 0, 30000, 120000)]
    [InlineData(3, 5000, 1000, 120000)]
    [InlineData(3, 1000, 30000, 7200000)]
    public void Create_OutOfRangeOptions_ThrowsNamingTheSetting(int attempts, int baseMs, int maxMs, int maxRetryAfterMs)
    {
        var options = new RetryPolicyOptions
        {
            MaxRetryAttempts = attempts,
            BaseDelay = TimeSpan.FromMilliseconds(baseMs),
            MaxDelay = TimeSpan.FromMilliseconds(maxMs),
            MaxRetryAfter = TimeSpan.FromMilliseconds(maxRetryAfterMs),
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AutoMeetRetry.Create(options));
        Assert.False(string.IsNullOrEmpty(error.ParamName));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public void IsTransient_Status_ClassifiedAsDocumented(HttpStatusCode status, bool transient) =>
        Assert.Equal(transient, TransientFailures.IsTransient(status));

    [Fact]
    public void IsTransient_Exceptions_ClassifiedAsDocumented()
    {
        Assert.True(TransientFailures.IsTransient(new HttpRequestException("no connection")));
        Assert.True(TransientFailures.IsTransient(new IOException("reset")));
        Assert.True(TransientFailures.IsTransient(new TaskCanceledException("client timeout")));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException("bug")));
        Assert.False(TransientFailures.IsTransient(new ArgumentException("bad")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.False(TransientFailures.IsTransient(new OperationCanceledException(cancelled.Token), cancelled.Token));
    }

    [Fact]
    public void RetryAfter_DateOrDelta_ConvertedRelativeToNow()
    {
        var now = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(120), TransientFailures.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)), now));
        Assert.Equal(TimeSpan.FromMinutes(5), TransientFailures.RetryAfter(new RetryConditionHeaderValue(now.AddMinutes(5)), now));
        Assert.Equal(TimeSpan.Zero, TransientFailures.RetryAfter(new RetryConditionHeaderValue(now.AddMinutes(-5)), now));
        Assert.Null(TransientFailures.RetryAfter(null, now));
    }

    /// <summary>The fake clock moves in 100 ms steps while the retry sleeps, so a delay is seen to within a few steps.</summary>
    private static void AssertDelay(TimeSpan expected, TimeSpan actual) =>
        Assert.InRange(actual, expected, expected + TimeSpan.FromMilliseconds(400));

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Task run)
    {
        for (var i = 0; i < 2000 && !run.IsCompleted; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }
}
