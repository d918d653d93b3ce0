using System.Text.Json.Nodes;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class GoogleCalendarWatchTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly Uri Webhook = new("https://app.example.com/webhooks/calendar");
    private readonly FakeGoogleServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    private static CalendarPushRequest Push(IReadOnlyDictionary<string, string> headers) =>
        CalendarPushRequest.FromHeaders(name => headers.TryGetValue(name, out var value) ? value : null);

    private async Task<(GoogleTestHost Host, CalendarWatchChannel Channel)> StartAsync(string calendarId = "primary", Action<GoogleOptions>? configure = null)
    {
        var host = CalendarTestData.Host(_server, _time, configure);
        var account = await host.SeedAccountAsync(_server);
        var channel = await host.Get<IGoogleCalendarChannels>().StartWatchAsync(account.Id, calendarId, Webhook);
        return (host, channel);
    }

    [Fact]
    public async Task StartWatchAsync_PostsWebHookChannelWithSignedToken()
    {
        var calendarId = CalendarTestData.NewCalendarId();
        var (host, channel) = await StartAsync(calendarId);
        await using var _ = host;

        var watch = _server.RequestsFor("events.watch")[^1];
        Assert.Equal($"calendar/v3/calendars/{calendarId}/events/watch", watch.Path); // The fake records the decoded path.
        var body = JsonNode.Parse(watch.Body)!;
        Assert.Equal("web_hook", (string?)body["type"]);
        Assert.Equal(Webhook.AbsoluteUri, (string?)body["address"]);
        Assert.Equal(channel.ChannelId, (string?)body["id"]);
        Assert.InRange(channel.ChannelId.Length, 1, 64);
        Assert.InRange(((string?)body["token"])!.Length, 1, 256);
        var expected = _time.GetUtcNow().AddDays(7).ToUnixTimeMilliseconds();
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)body["expiration"]);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(expected), channel.Expiration);
        Assert.Equal(_server.CalendarChannels.Single(c => c.Id == channel.ChannelId).ResourceId, channel.ResourceId);
        Assert.Equal(calendarId, channel.CalendarId);
    }

    [Fact]
    public async Task Verify_HeadersGoogleSends_IsValidAndNamesAccountAndCalendar()
    {
        var calendarId = CalendarTestData.NewCalendarId();
        var (host, channel) = await StartAsync(calendarId);
        await using var _ = host;
        var verifier = host.Get<CalendarPushVerifier>();

        var sync = verifier.Verify(Push(_server.PushHeaders(channel.ChannelId, "sync")));
        var change = verifier.Verify(Push(_server.PushHeaders(channel.ChannelId)));

        Assert.True(sync.IsValid);
        Assert.Equal(CalendarResourceState.Sync, sync.Notification!.State);
        Assert.True(change.IsValid);
        Assert.Equal(channel.AccountId, change.Notification!.AccountId);
        Assert.Equal(calendarId, change.Notification.CalendarId);
        Assert.Equal(channel.ChannelId, change.Notification.ChannelId);
        Assert.Equal(channel.ResourceId, change.Notification.ResourceId);
        Assert.Equal(CalendarResourceState.Exists, change.Notification.State);
        Assert.Equal(2, change.Notification.MessageNumber);
    }

    [Fact]
    public async Task Verify_WrongToken_IsRejected()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var headers = new Dictionary<string, string>(_server.PushHeaders(channel.ChannelId), StringComparer.OrdinalIgnoreCase);
        var token = headers["X-Goog-Channel-Token"];
        headers["X-Goog-Channel-Token"] = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var result = host.Get<CalendarPushVerifier>().Verify(Push(headers));

        Assert.Equal(CalendarPushStatus.InvalidToken, result.Status);
        Assert.False(result.IsValid);
        Assert.Null(result.Notification);
    }

    [Fact]
    public async Task Verify_TokenOfAnotherChannel_IsRejected()
    {
        var (host, first) = await StartAsync();
        await using var _ = host;
        var second = await host.Get<IGoogleCalendarChannels>().StartWatchAsync(first.AccountId, "primary", Webhook);
        var headers = new Dictionary<string, string>(_server.PushHeaders(first.ChannelId), StringComparer.OrdinalIgnoreCase)
        {
            ["X-Goog-Channel-Token"] = _server.PushHeaders(second.ChannelId)["X-Goog-Channel-Token"],
        };

        Assert.Equal(CalendarPushStatus.InvalidToken, host.Get<CalendarPushVerifier>().Verify(Push(headers)).Status);
    }

    [Fact]
    public async Task Verify_TokenSignedWithAnotherKey_IsRejected()
    {
        var (host, channel) = await StartAsync(configure: o => o.Calendar.ChannelTokenKey = Convert.ToBase64String(new byte[32]));
        await using var _ = host;
        await using var other = CalendarTestData.Host(_server, _time, o => o.Calendar.ChannelTokenKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));

        var result = other.Get<CalendarPushVerifier>().Verify(Push(_server.PushHeaders(channel.ChannelId)));

        Assert.Equal(CalendarPushStatus.InvalidToken, result.Status);
        Assert.True(host.Get<CalendarPushVerifier>().Verify(Push(_server.PushHeaders(channel.ChannelId))).IsValid);
    }

    [Theory]
    [InlineData("X-Goog-Channel-Token")]
    [InlineData("X-Goog-Channel-ID")]
    [InlineData("X-Goog-Resource-State")]
    public async Task Verify_MissingHeader_IsRejected(string header)
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var headers = new Dictionary<string, string>(_server.PushHeaders(channel.ChannelId), StringComparer.OrdinalIgnoreCase);
        headers.Remove(header);

        Assert.Equal(CalendarPushStatus.MissingHeaders, host.Get<CalendarPushVerifier>().Verify(Push(headers)).Status);
    }

    [Fact]
    public async Task Verify_GarbageToken_IsRejected()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var headers = new Dictionary<string, string>(_server.PushHeaders(channel.ChannelId), StringComparer.OrdinalIgnoreCase)
        {
            ["X-Goog-Channel-Token"] = "v1.not.a.real.token!",
        };

        Assert.Equal(CalendarPushStatus.InvalidToken, host.Get<CalendarPushVerifier>().Verify(Push(headers)).Status);
    }

    [Fact]
    public async Task Verify_AfterTheChannelExpired_IsRejectedAsExpired()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        _time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(6));

        Assert.Equal(CalendarPushStatus.Expired, host.Get<CalendarPushVerifier>().Verify(Push(_server.PushHeaders(channel.ChannelId))).Status);
    }

    [Fact]
    public async Task Verify_UnknownResourceState_IsRejected()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;

        Assert.Equal(CalendarPushStatus.UnknownResourceState, host.Get<CalendarPushVerifier>().Verify(Push(_server.PushHeaders(channel.ChannelId, "bogus"))).Status);
    }

    [Fact]
    public async Task StopWatchAsync_StopsOnceThenReportsUnknownChannel()
    {
        var (host, channel) = await StartAsync();
        await using var _ = host;
        var channels = host.Get<IGoogleCalendarChannels>();

        Assert.True(await channels.StopWatchAsync(channel));
        Assert.False(await channels.StopWatchAsync(channel));

        var stop = _server.RequestsFor("channels.stop")[^2];
        Assert.Equal("calendar/v3/channels/stop", stop.Path);
        var body = JsonNode.Parse(stop.Body)!;
        Assert.Equal(channel.ChannelId, (string?)body["id"]);
        Assert.Equal(channel.ResourceId, (string?)body["resourceId"]);
        Assert.True(_server.CalendarChannels.Single(c => c.Id == channel.ChannelId).Stopped);
    }

    [Fact]
    public async Task StartWatchAsync_HttpAddress_ThrowsArgumentException()
    {
        await using var host = CalendarTestData.Host(_server, _time);

        await Assert.ThrowsAsync<ArgumentException>(() => host.Get<IGoogleCalendarChannels>().StartWatchAsync(default, "primary", new Uri("http://app.example.com/hook")));
    }
}
