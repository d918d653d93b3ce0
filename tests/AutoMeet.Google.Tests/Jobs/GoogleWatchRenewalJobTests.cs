using AutoMeet.Accounts;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Scheduling;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Google.Tests.Jobs;

public sealed class GoogleWatchRenewalJobTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private const string JobName = "google-watch-renewal";
    private const string Topic = "projects/automeet-test/topics/gmail-push";
    private static readonly Uri Webhook = new("https://app.example.com/webhooks/calendar");
    private const string CalendarScopes = "openid email https://www.googleapis.com/auth/calendar.freebusy https://www.googleapis.com/auth/calendar.events";
    private readonly FakeGoogleServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());

    private GoogleTestHost Host(Action<GoogleOptions>? configure = null) => GoogleTestHost.Create(_server, _time, o =>
    {
        o.Calendar.ApiBaseUri = _server.BaseUri;
        configure?.Invoke(o);
    });

    private static async Task<MailboxAccount> WithScopesAsync(GoogleTestHost host, MailboxAccount account, string scopes) =>
        await host.WithStoreAsync(async s =>
        {
            var stored = (await s.MailboxAccounts.FindAsync(account.Id))!;
            stored.Scopes = scopes;
            await s.MailboxAccounts.UpdateAsync(stored);
            return stored;
        });

    [Fact]
    public async Task RunAsync_NoWatchYet_WatchesInboxOnTopicAndStoresExpiry()
    {
        await using var host = Host(o => o.Push.GmailTopic = Topic);
        var account = await host.SeedAccountAsync(_server);
        var watchesBefore = _server.GmailWatches.Count;

        await host.RunJobAsync(JobName);

        var watch = Assert.Single(_server.GmailWatches.Skip(watchesBefore));
        Assert.Equal(Topic, watch.Topic);
        Assert.Equal(["INBOX"], watch.LabelIds);
        Assert.Equal("include", watch.Behavior);
        var request = _server.RequestsFor("users.watch")[^1];
        Assert.Equal("POST", request.Method);
        Assert.Equal("gmail/v1/users/me/watch", request.Path);
        var stored = await host.FindAccountAsync(account.Id);
        var expected = Instant.FromDateTimeOffset(_time.GetUtcNow()) + Duration.FromDays(7);
        Assert.InRange(stored!.WatchExpiresAt!.Value, expected - Duration.FromMinutes(1), expected + Duration.FromMinutes(1));
        Assert.Null(stored.HistoryCursor); // The cursor only moves when the reply pipeline stored what it covers.
    }

    [Fact]
    public async Task RunAsync_RenewedToday_WaitsADayThenRenews()
    {
        await using var host = Host(o => o.Push.GmailTopic = Topic);
        await host.SeedAccountAsync(_server);
        await host.RunJobAsync(JobName);
        var afterFirst = _server.RequestsFor("users.watch").Count;

        _time.Advance(TimeSpan.FromHours(23));
        await host.RunJobAsync(JobName);
        Assert.Equal(afterFirst, _server.RequestsFor("users.watch").Count);

        _time.Advance(TimeSpan.FromHours(2));
        await host.RunJobAsync(JobName);
        Assert.Equal(afterFirst + 1, _server.RequestsFor("users.watch").Count);
    }

    [Fact]
    public async Task RunAsync_SendOnlyGrant_DoesNotWatch()
    {
        await using var host = Host(o => o.Push.GmailTopic = Topic);
        var account = await host.SeedAccountAsync(_server);
        await WithScopesAsync(host, account, "openid email https://www.googleapis.com/auth/gmail.send");
        var before = _server.RequestsFor("users.watch").Count;

        await host.RunJobAsync(JobName);

        Assert.Equal(before, _server.RequestsFor("users.watch").Count);
        Assert.Null((await host.FindAccountAsync(account.Id))!.WatchExpiresAt);
    }

    [Fact]
    public async Task RunAsync_NoTopicConfigured_DoesNotWatch()
    {
        await using var host = Host();
        await host.SeedAccountAsync(_server);
        var before = _server.RequestsFor("users.watch").Count;

        await host.RunJobAsync(JobName);

        Assert.Equal(before, _server.RequestsFor("users.watch").Count);
    }

    [Fact]
    public async Task RunAsync_WatchFailsOnce_NextRunRenews()
    {
        await using var host = Host(o =>
        {
            o.Push.GmailTopic = Topic;
            o.MaxRetryAttempts = 0;
        });
        var account = await host.SeedAccountAsync(_server);
        _server.Inject("users.watch", FakeFault.ServerError());

        await host.RunJobAsync(JobName);
        Assert.Null((await host.FindAccountAsync(account.Id))!.WatchExpiresAt);

        await host.RunJobAsync(JobName);
        Assert.NotNull((await host.FindAccountAsync(account.Id))!.WatchExpiresAt);
    }

    [Fact]
    public async Task RunAsync_CalendarWebhookConfigured_OpensOneChannelPerCalendarPerPeriod()
    {
        await using var host = Host(o => o.Push.CalendarWebhookAddress = Webhook);
        var account = await host.SeedAccountAsync(_server);
        await WithScopesAsync(host, account, CalendarScopes);
        await host.WithStoreAsync(async s =>
        {
            await s.CalendarSettings.AddAsync(new CalendarSettings { OwnerId = GoogleTestHost.Owner, TimeZoneId = "Europe/Paris", BusyCalendarIds = ["primary", "team@group.calendar.google.com"] });
            return true;
        });
        var before = _server.CalendarChannels.Count;

        await host.RunJobAsync(JobName);
        await host.RunJobAsync(JobName); // A second worker, or the next tick: nothing new.
        await host.RunJobAsync("work-queue");
        await host.RunJobAsync("work-queue");

        var opened = _server.CalendarChannels.Skip(before).ToList();
        Assert.Equal(2, opened.Count);
        var watches = _server.RequestsFor("events.watch").TakeLast(2).Select(r => r.Path).Order().ToList();
        Assert.Equal(["calendar/v3/calendars/primary/events/watch", "calendar/v3/calendars/team@group.calendar.google.com/events/watch"], watches);

        _time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(2)); // One period later (TTL 7 days minus the 2-hour overlap).
        await host.RunJobAsync(JobName);
        await host.RunJobAsync("work-queue");

        Assert.Equal(4, _server.CalendarChannels.Count - before);
    }

    [Fact]
    public async Task RunAsync_FreeBusyOnlyGrant_OpensNoChannel()
    {
        await using var host = Host(o => o.Push.CalendarWebhookAddress = Webhook);
        var account = await host.SeedAccountAsync(_server);
        await WithScopesAsync(host, account, "openid email https://www.googleapis.com/auth/calendar.freebusy");
        var before = _server.CalendarChannels.Count;

        await host.RunJobAsync(JobName);
        await host.RunJobAsync("work-queue");

        Assert.Equal(before, _server.CalendarChannels.Count);
    }
}
