using System.Net;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Resilience;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Google.Tests.Resilience;

public sealed class GoogleCircuitBreakerTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    private GoogleTestHost Host() => GoogleTestHost.Create(_server, _time, o =>
    {
        o.MaxRetryAttempts = 0;
        o.CircuitBreaker.MinimumThroughput = 3;
        o.CircuitBreaker.FailureRatio = 1.0;
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    });

    [Fact]
    public async Task GetProfileAsync_Repeated500s_OpensTheAccountsCircuitThenClosesAfterTheBreak()
    {
        await using var host = Host();
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.breaker-a", refreshToken: "1//breaker-a", email: "breaker-a@example.com");
        var other = await host.SeedAccountAsync(_server, accessToken: "ya29.breaker-b", refreshToken: "1//breaker-b", email: "breaker-b@example.com");
        var gmail = host.Get<GmailClient>();
        for (var i = 0; i < 3; i++)
        {
            _server.Inject("users.getProfile", FakeFault.ServerError());
            var failure = await Assert.ThrowsAsync<GmailApiException>(() => gmail.GetProfileAsync(account.Id, CancellationToken.None));
            Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        }

        var before = _server.RequestsFor("users.getProfile").Count;

        var open = await Assert.ThrowsAsync<GoogleCircuitOpenException>(() => gmail.GetProfileAsync(account.Id, CancellationToken.None));

        Assert.Equal(account.Id, open.AccountId);
        Assert.Equal("Gmail", open.Api);
        Assert.NotNull(open.RetryAfter);
        Assert.Equal(before, _server.RequestsFor("users.getProfile").Count);

        // Another account's calls are not affected.
        Assert.NotNull(await gmail.GetProfileAsync(other.Id, CancellationToken.None));

        // After the break one probe goes through; its success closes the circuit.
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await gmail.GetProfileAsync(account.Id, CancellationToken.None));
        Assert.NotNull(await gmail.GetProfileAsync(account.Id, CancellationToken.None));
        Assert.Equal(before + 3, _server.RequestsFor("users.getProfile").Count);
    }

    [Fact]
    public async Task GetProfileAsync_4xxFailures_DoNotOpenTheCircuit()
    {
        await using var host = Host();
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.breaker-c", refreshToken: "1//breaker-c", email: "breaker-c@example.com");
        var gmail = host.Get<GmailClient>();
        for (var i = 0; i < 4; i++)
        {
            _server.Inject("users.getProfile", new FakeFault(400, Reason: "invalidArgument"));
            await Assert.ThrowsAsync<GmailApiException>(() => gmail.GetProfileAsync(account.Id, CancellationToken.None));
        }

        Assert.NotNull(await gmail.GetProfileAsync(account.Id, CancellationToken.None));
    }
}
