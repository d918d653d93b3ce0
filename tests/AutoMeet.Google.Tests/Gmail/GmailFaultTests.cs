using System.Diagnostics;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;

namespace AutoMeet.Google.Tests.Gmail;

public sealed class GmailFaultTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    private int SentCount(string rfcMessageId) => _server.Messages.Count(m => m.RfcMessageId == rfcMessageId);

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThenSendsOnce()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var email = GmailTestData.Email(account.Id);
        _server.Inject("users.messages.send", FakeFault.TooManyRequests(1));
        var watch = Stopwatch.StartNew();

        var sent = await host.Get<IMailbox>().SendAsync(email);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.Equal(1, SentCount(email.RfcMessageId));
        Assert.Equal(email.RfcMessageId, sent.RfcMessageId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_500BeforeOrAfterCommit_ReconcilesAndSendsExactlyOnce(bool afterCommit)
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var email = GmailTestData.Email(account.Id);
        _server.Inject("users.messages.send", FakeFault.ServerError(afterCommit));

        var sent = await host.Get<IMailbox>().SendAsync(email);

        Assert.Equal(1, SentCount(email.RfcMessageId));
        Assert.Equal(_server.Messages.Single(m => m.RfcMessageId == email.RfcMessageId).Id, sent.ProviderMessageId);
        Assert.Contains(_server.RequestsFor("users.messages.list"), r => r.Query["q"][0] == $"in:sent rfc822msgid:{email.RfcMessageId}");
    }

    [Fact]
    public async Task SendAsync_SlowResponseBeyondTimeout_ReconcilesWithoutDoubleSend()
    {
        await using var host = GoogleTestHost.Create(_server, configure: o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        var account = await host.SeedAccountAsync(_server);
        var email = GmailTestData.Email(account.Id);
        _server.Inject("users.messages.send", FakeFault.Slow(TimeSpan.FromSeconds(1)));

        await host.Get<IMailbox>().SendAsync(email);

        // The slow request may or may not have been stored before the client gave up; either way exactly one copy exists.
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System);
        Assert.Equal(1, SentCount(email.RfcMessageId));
    }

    [Fact]
    public async Task SendAsync_401ExpiredAccessToken_RefreshesOnceAndRetries()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.revoked-early", refreshToken: "1//r-401");
        _server.ExpireAccessTokens();
        var refreshes = _server.RefreshGrantCount;
        var email = GmailTestData.Email(account.Id);

        await host.Get<IMailbox>().SendAsync(email);

        Assert.Equal(refreshes + 1, _server.RefreshGrantCount);
        Assert.Equal(1, SentCount(email.RfcMessageId));
        var sends = _server.RequestsFor("users.messages.send").TakeLast(2).ToList();
        Assert.Equal("Bearer ya29.revoked-early", sends[0].Authorization);
        Assert.StartsWith("Bearer ya29.fake-", sends[1].Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetChangesAsync_500And429OnReads_RetriesAndLosesNothing()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var mailbox = host.Get<IMailbox>();
        var cursor = (await mailbox.GetChangesAsync(account.Id, null)).NextCursor;
        var delivered = _server.Deliver(GmailTestData.Reply("Hello", "Works for me"));
        _server.Inject("users.history.list", FakeFault.ServerError());
        _server.Inject("users.messages.get", FakeFault.TooManyRequests(0));
        _server.Inject("users.messages.get", FakeFault.ServerError());

        var changes = await mailbox.GetChangesAsync(account.Id, cursor);

        Assert.Equal([delivered.Id], changes.Messages.Select(m => m.ProviderMessageId));
    }

    [Fact]
    public async Task GetChangesAsync_400_FailsWithoutRetry()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        _server.Inject("users.history.list", new FakeFault(400));
        var before = _server.RequestsFor("users.history.list").Count;

        var ex = await Assert.ThrowsAsync<GmailApiException>(() => host.Get<IMailbox>().GetChangesAsync(account.Id, "5000"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(before + 1, _server.RequestsFor("users.history.list").Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_FailsWithRetryAfter()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var email = GmailTestData.Email(account.Id);
        _server.Inject("users.messages.send", FakeFault.TooManyRequests(3600));

        var ex = await Assert.ThrowsAsync<GmailApiException>(() => host.Get<IMailbox>().SendAsync(email));

        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.Equal(0, SentCount(email.RfcMessageId));
    }
}
