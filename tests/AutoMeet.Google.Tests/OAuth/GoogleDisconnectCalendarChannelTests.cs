using AutoMeet.Accounts;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.Tests.Calendar;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Scheduling;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Google.Tests.OAuth;

/// <summary>Disconnecting stops the calendar push channels AutoMeet opened (channels.stop) and deletes their records.</summary>
public sealed class GoogleDisconnectCalendarChannelTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private const string CalendarScopes = "openid email https://www.googleapis.com/auth/calendar.freebusy https://www.googleapis.com/auth/calendar.events";
    private static readonly Uri Webhook = new("https://app.example.com/webhooks/calendar");
    private readonly FakeGoogleServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());

    private GoogleTestHost Host(Action<GoogleOptions>? configure = null) => GoogleTestHost.Create(_server, _time, o =>
    {
        o.Calendar.ApiBaseUri = _server.BaseUri;
        o.Push.CalendarWebhookAddress = Webhook;
        configure?.Invoke(o);
    });

    /// <summary>Seeds a calendar-scoped account busy on two fresh calendars and lets the renewal job open their channels.</summary>
    private async Task<(MailboxAccount Account, string[] Calendars)> ConnectWithChannelsAsync(GoogleTestHost host, string name)
    {
        // A token that outlives the tests' periods: a refresh would store the fake's default (mail-only) scopes.
        var account = await host.SeedAccountAsync(_server, accessToken: $"ya29.{name}", expiresIn: Duration.FromDays(60), refreshToken: $"1//{name}", email: $"{name}@example.com");
        string[] calendars = [CalendarTestData.NewCalendarId(), CalendarTestData.NewCalendarId()];
        await host.WithStoreAsync(async s =>
        {
            var stored = (await s.MailboxAccounts.FindAsync(account.Id))!;
            stored.Scopes = CalendarScopes;
            await s.MailboxAccounts.UpdateAsync(stored);
            await s.CalendarSettings.AddAsync(new CalendarSettings { OwnerId = GoogleTestHost.Owner, TimeZoneId = "Europe/Paris", BusyCalendarIds = [.. calendars] });
            return true;
        });
        await host.RunJobAsync("google-watch-renewal");
        await host.RunJobAsync("work-queue");
        return ((await host.FindAccountAsync(account.Id))!, calendars);
    }

    private List<FakeCalendarChannel> ChannelsOn(string[] calendars) => [.. _server.CalendarChannels.Where(c => calendars.Contains(c.CalendarId))];

    [Fact]
    public async Task HandleAsync_OpenedChannel_IsRecordedOnTheAccount()
    {
        await using var host = Host();

        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-1");

        var opened = ChannelsOn(calendars);
        Assert.Equal(2, opened.Count);
        Assert.Equal(
            opened.Select(c => (c.CalendarId, c.Id, c.ResourceId, Instant.FromUnixTimeMilliseconds(c.ExpirationMs))).Order(),
            account.CalendarChannels.Select(c => (c.CalendarId, c.ChannelId, c.ResourceId, c.ExpiresAt)).Order());
    }

    [Fact]
    public async Task HandleAsync_LaterPeriods_DropExpiredRecords()
    {
        await using var host = Host();
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-2");
        var first = account.CalendarChannels.Select(c => c.ChannelId).ToHashSet();

        for (var period = 0; period < 2; period++)
        {
            _time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(2));
            await host.RunJobAsync("google-watch-renewal");
            await host.RunJobAsync("work-queue");
        }

        var recorded = (await host.FindAccountAsync(account.Id))!.CalendarChannels;
        Assert.Equal(4, recorded.Count); // The two of each of the last two periods (they overlap); the first two expired.
        Assert.DoesNotContain(recorded, c => first.Contains(c.ChannelId));
        Assert.Equal(6, ChannelsOn(calendars).Count);
    }

    [Fact]
    public async Task DisconnectAsync_OpenChannels_StopsEachBeforeRevokingAndDeletesTheRecords()
    {
        await using var host = Host();
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-3");
        var requestsBefore = _server.Requests.Count;

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(new GoogleDisconnectResult(account.Id, GoogleRevocation.Revoked) { CalendarChannelsStopped = 2 }, result);
        Assert.All(ChannelsOn(calendars), c => Assert.True(c.Stopped));
        var calls = _server.Requests.Skip(requestsBefore).Select(r => r.Operation).Where(o => o is "channels.stop" or "revoke").ToList();
        Assert.Equal(["channels.stop", "channels.stop", "revoke"], calls);
        var stored = (await host.FindAccountAsync(account.Id))!;
        Assert.Equal(AccountStatus.Disconnected, stored.Status);
        Assert.Empty(stored.CalendarChannels);
    }

    [Fact]
    public async Task DisconnectAsync_ChannelGoogleAlreadyForgot_CountsAsStopped()
    {
        await using var host = Host();
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-4");
        var gone = account.CalendarChannels[0];
        Assert.True(await host.Get<IGoogleCalendarChannels>().StopWatchAsync(new CalendarWatchChannel(account.Id, gone.CalendarId, gone.ChannelId, gone.ResourceId, gone.ExpiresAt, Webhook)));

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(2, result.CalendarChannelsStopped);
        Assert.Empty(result.CalendarChannelsNotStopped);
        Assert.All(ChannelsOn(calendars), c => Assert.True(c.Stopped));
    }

    [Fact]
    public async Task DisconnectAsync_StopFailsTransiently_StillRevokesReportsTheChannelAndDeletesItsRecord()
    {
        await using var host = Host(o => o.MaxRetryAttempts = 0);
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-5");
        _server.Inject("channels.stop", new FakeFault(503));

        var result = await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);

        Assert.Equal(GoogleRevocation.Revoked, result.Revocation);
        Assert.Equal(1, result.CalendarChannelsStopped);
        var failure = Assert.Single(result.CalendarChannelsNotStopped);
        Assert.Contains("HTTP 503", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ya29.", failure.Reason, StringComparison.Ordinal);
        var open = Assert.Single(ChannelsOn(calendars), c => !c.Stopped);
        Assert.Equal(open.Id, failure.ChannelId);
        Assert.Equal(open.CalendarId, failure.CalendarId);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(open.ExpirationMs), failure.ExpiresAt);
        Assert.False(_server.IsRefreshTokenValid("1//ch-5"));
        var stored = (await host.FindAccountAsync(account.Id))!;
        Assert.Equal(AccountStatus.Disconnected, stored.Status);
        Assert.Empty(stored.CalendarChannels);
    }

    [Fact]
    public async Task RenewalJob_AfterDisconnect_OpensNoChannelForTheAccount()
    {
        await using var host = Host();
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-6");
        await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);
        var watches = _server.RequestsFor("events.watch").Count;

        _time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(2)); // The next renewal period.
        await host.RunJobAsync("google-watch-renewal");
        await host.RunJobAsync("work-queue");

        Assert.Equal(watches, _server.RequestsFor("events.watch").Count);
        Assert.Equal(2, ChannelsOn(calendars).Count);
        Assert.Empty((await host.FindAccountAsync(account.Id))!.CalendarChannels);
    }

    [Fact]
    public async Task HandleAsync_RenewalQueuedBeforeDisconnect_OpensNothingAfterIt()
    {
        await using var host = Host();
        var (account, calendars) = await ConnectWithChannelsAsync(host, "ch-7");
        _time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(2));
        await host.RunJobAsync("google-watch-renewal"); // Queued for the new period, not yet run.
        await host.Get<IGoogleAuthorization>().DisconnectAsync(GoogleTestHost.Owner, account.Id);
        var watches = _server.RequestsFor("events.watch").Count;

        await host.RunJobAsync("work-queue");

        Assert.Equal(watches, _server.RequestsFor("events.watch").Count);
        Assert.All(ChannelsOn(calendars), c => Assert.True(c.Stopped));
        Assert.Empty((await host.FindAccountAsync(account.Id))!.CalendarChannels);
    }
}
