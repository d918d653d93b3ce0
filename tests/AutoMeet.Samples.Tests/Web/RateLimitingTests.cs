using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace AutoMeet.Samples.Tests.Web;

public sealed class RateLimitingTests : IDisposable
{
    private readonly TightLimitsFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Unsubscribe_BurstOverTheLimit_Returns429WithRetryAfter()
    {
        using var client = _factory.CreateClient();
        var uri = new Uri("/unsubscribe?token=forged", UriKind.Relative);

        var first = await client.GetAsync(uri);
        var second = await client.GetAsync(uri);
        var third = await client.GetAsync(uri);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode); // a forged link, but under the limit
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var json = await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", json.GetProperty("title").GetString());
        var retryAfter = Assert.Single(third.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task Api_BurstOverTheLimit_Returns429AndOtherRoutesKeepTheirBudget()
    {
        using var client = _factory.CreateClientFor("rate-owner");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/api/prospects", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/campaigns", UriKind.Relative))).StatusCode); // per route
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode); // not limited
    }

    [Fact]
    public async Task Approvals_DifferentTokens_ShareOneRouteBudget()
    {
        using var client = _factory.CreateClient();

        await client.GetAsync(new Uri("/approvals/token-a", UriKind.Relative));
        await client.GetAsync(new Uri("/approvals/token-b", UriKind.Relative));
        var third = await client.GetAsync(new Uri("/approvals/token-c", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }

    [Theory]
    [InlineData("/reply-drafts/token-")]
    [InlineData("/meeting-outcomes/token-")]
    public async Task EmailedLinks_DifferentTokens_ShareOneRouteBudget(string prefix)
    {
        using var client = _factory.CreateClient();

        await client.GetAsync(new Uri(prefix + "a", UriKind.Relative));
        await client.GetAsync(new Uri(prefix + "b", UriKind.Relative));
        var third = await client.GetAsync(new Uri(prefix + "c", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Webhooks_BurstOverTheLimit_Returns429()
    {
        using var client = _factory.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            using var body = new StringContent("{}", Encoding.UTF8, "application/json");
            last = await client.PostAsync(new Uri("/webhooks/gmail", UriKind.Relative), body);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
    }

    [Fact]
    public void Start_InvalidLimit_FailsNamingTheSetting()
    {
        using var factory = new InvalidLimitsFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("RateLimiting:Api:PermitLimit", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class TightLimitsFactory : SampleWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Links:PermitLimit", "2");
            builder.UseSetting("RateLimiting:Webhooks:PermitLimit", "3");
            builder.UseSetting("RateLimiting:Api:PermitLimit", "3");
        }
    }

    private sealed class InvalidLimitsFactory : SampleWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Api:PermitLimit", "0");
        }
    }
}
