using AutoMeet.Accounts;
using AutoMeet.Google.Resilience;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Gmail;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Google.Tests.Resilience;

public sealed class GoogleQuotaLimiterTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    private static async Task<TimeSpan> AdvanceUntilDoneAsync(FakeTimeProvider time, Task task)
    {
        var start = time.GetUtcNow();
        for (var i = 0; i < 200 && !task.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        await task;
        return time.GetUtcNow() - start;
    }

    [Fact]
    public async Task SendAsync_BurstFromOneAccount_DelaysItsSendsButNotAnotherAccounts()
    {
        // 1,000 units a minute: a 100-unit bucket (one send) refilled at 15 units a second, so the next send waits ~6.7 s.
        await using var host = GoogleTestHost.Create(_server, _time, o =>
        {
            o.GmailUserQuotaUnitsPerMinute = 1_000;
            o.GmailQuotaUnits["users.messages.get"] = 0;
            o.MaxQuotaWait = TimeSpan.FromMinutes(1);
        });
        var busy = await host.SeedAccountAsync(_server, accessToken: "ya29.quota-a", refreshToken: "1//quota-a", email: "quota-a@example.com");
        var idle = await host.SeedAccountAsync(_server, accessToken: "ya29.quota-b", refreshToken: "1//quota-b", email: "quota-b@example.com");
        var mailbox = host.Get<IMailbox>();

        var first = GmailTestData.Email(busy.Id);
        await mailbox.SendAsync(first);
        var second = GmailTestData.Email(busy.Id);
        var waiting = mailbox.SendAsync(second);
        var other = GmailTestData.Email(idle.Id);
        await mailbox.SendAsync(other);

        Assert.Single(_server.Messages, m => m.RfcMessageId == other.RfcMessageId);
        Assert.False(waiting.IsCompleted);
        Assert.DoesNotContain(_server.Messages, m => m.RfcMessageId == second.RfcMessageId);

        var waited = await AdvanceUntilDoneAsync(_time, waiting);

        Assert.InRange(waited, TimeSpan.FromSeconds(6.5), TimeSpan.FromSeconds(7.5));
        Assert.Single(_server.Messages, m => m.RfcMessageId == second.RfcMessageId);
    }

    [Fact]
    public async Task AcquireAsync_WaitBeyondTheMaximum_ThrowsRetryableQuotaExceptionWithoutTakingUnits()
    {
        var limiter = new GoogleQuotaLimiter("Gmail", userUnitsPerMinute: 1_000, projectUnitsPerMinute: 1_000_000, largestCall: 100, maxWait: TimeSpan.FromSeconds(5), _time);
        var account = Id<MailboxAccount>.New();
        Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(account, 100, CancellationToken.None));

        var ex = await Assert.ThrowsAsync<GoogleQuotaExceededException>(() => limiter.AcquireAsync(account, 100, CancellationToken.None).AsTask());

        Assert.Equal(account, ex.AccountId);
        Assert.InRange(ex.RetryAfter, TimeSpan.FromSeconds(6.6), TimeSpan.FromSeconds(6.7));

        // Nothing was reserved by the refused call: after the refill the next call goes through at once.
        _time.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(account, 100, CancellationToken.None));
    }

    [Fact]
    public async Task AcquireAsync_ProjectQuotaShared_DelaysEveryAccount()
    {
        var limiter = new GoogleQuotaLimiter("Calendar", userUnitsPerMinute: 600, projectUnitsPerMinute: 20, largestCall: 1, maxWait: TimeSpan.FromMinutes(1), _time);

        // The project bucket holds 2 requests (a tenth of 20) and refills 18 a minute.
        Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(Id<MailboxAccount>.New(), 1, CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(Id<MailboxAccount>.New(), 1, CancellationToken.None));
        var third = limiter.AcquireAsync(Id<MailboxAccount>.New(), 1, CancellationToken.None).AsTask();

        var waited = await AdvanceUntilDoneAsync(_time, third);

        Assert.InRange(waited, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.6));
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_GivesTheUnitsBack()
    {
        var limiter = new GoogleQuotaLimiter("Gmail", userUnitsPerMinute: 1_000, projectUnitsPerMinute: 1_000_000, largestCall: 100, maxWait: TimeSpan.FromMinutes(1), _time);
        var account = Id<MailboxAccount>.New();
        await limiter.AcquireAsync(account, 100, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(account, 100, cancel.Token).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        // Had the cancelled call kept its units, this one would wait ~13 s instead of ~6.7 s.
        var next = limiter.AcquireAsync(account, 100, CancellationToken.None).AsTask();
        var waited = await AdvanceUntilDoneAsync(_time, next);
        Assert.InRange(waited, TimeSpan.FromSeconds(6.5), TimeSpan.FromSeconds(7.25));
    }
}
