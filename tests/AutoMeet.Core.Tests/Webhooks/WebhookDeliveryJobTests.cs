using System.Text.Json;
using AutoMeet.Core.Tests.Events;
using AutoMeet.Events;
using AutoMeet.Security;
using AutoMeet.Storage;
using AutoMeet.Webhooks;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Webhooks;

public sealed class WebhookDeliveryJobTests
{
    private const string Secret = "whsec_loopback-secret-123";
    private static readonly UserId Owner = new("owner-hooks");

    [Fact]
    public async Task RunAsync_ReceiverFailsOnceThenSucceeds_RetriesAfterBackoffAndDeliversOnce()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Status = (n, _) => n == 1 ? 500 : 204;
        await using var host = Host(receiver, o => o.BaseDelay = TimeSpan.FromSeconds(10));
        var booked = await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner));

        await RunJobAsync(host);
        Assert.Single(receiver.Requests);
        await RunJobAsync(host);
        Assert.Single(receiver.Requests);

        host.Time.Advance(TimeSpan.FromSeconds(10));
        await RunJobAsync(host);
        await RunJobAsync(host);

        var requests = receiver.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r =>
        {
            Assert.True(WebhookSignature.Verify(Secret, r.Headers[WebhookSignature.HeaderName], r.Body, host.Time.GetUtcNow(), WebhookSignature.DefaultTolerance));
            Assert.Equal(booked.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Headers[WebhookSignature.EventIdHeaderName]);
            Assert.Equal(DomainEventTypes.MeetingBooked, r.Headers[WebhookSignature.EventTypeHeaderName]);
        });
        Assert.Equal(["1", "2"], requests.Select(r => r.Headers[WebhookSignature.AttemptHeaderName]));
        using var body = JsonDocument.Parse(requests[1].Body);
        Assert.Equal(DomainEventTypes.MeetingBooked, body.RootElement.GetProperty("type").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("data").GetProperty("n").GetInt32());

        var log = await host.InStoreAsync(s => s.Webhooks.ListAttemptsAsync("crm", PageRequest.First));
        Assert.Equal(
            [(booked.Position, 2, WebhookDeliveryStatus.Delivered, (int?)204), (booked.Position, 1, WebhookDeliveryStatus.Failed, (int?)500)],
            log.Select(a => (a.EventPosition, a.Attempt, a.Status, a.StatusCode)));
        Assert.Equal("HTTP 500", log[1].Error);
        var cursor = await host.InStoreAsync(s => s.Webhooks.FindCursorAsync("crm"));
        Assert.Equal(booked.Position, cursor!.Position);
        Assert.Equal(0, cursor.FailedAttempts);
        Assert.Null(cursor.LeaseExpiresAt);
    }

    [Fact]
    public async Task RunAsync_EventFailsEveryAttempt_DeadLettersItAndDeliversTheNextInOrder()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = Host(receiver, o =>
        {
            o.MaxAttempts = 2;
            o.BaseDelay = TimeSpan.FromSeconds(1);
        });
        var poison = await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner));
        var next = await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailOpened, Owner));
        receiver.Status = (_, r) => r.Headers[WebhookSignature.EventTypeHeaderName] == DomainEventTypes.EmailSent ? 503 : 200;

        await RunJobAsync(host);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await RunJobAsync(host);
        await RunJobAsync(host);

        Assert.Equal([DomainEventTypes.EmailSent, DomainEventTypes.EmailSent, DomainEventTypes.EmailOpened], receiver.Requests.Select(r => r.Headers[WebhookSignature.EventTypeHeaderName]));
        var log = await host.InStoreAsync(s => s.Webhooks.ListAttemptsAsync("crm", PageRequest.First));
        Assert.Equal(
            [(next.Position, 1, WebhookDeliveryStatus.Delivered), (poison.Position, 2, WebhookDeliveryStatus.DeadLettered), (poison.Position, 1, WebhookDeliveryStatus.Failed)],
            log.Select(a => (a.EventPosition, a.Attempt, a.Status)));
        Assert.Equal(next.Position, (await host.InStoreAsync(s => s.Webhooks.FindCursorAsync("crm")))!.Position);
    }

    [Fact]
    public async Task RunAsync_NewSubscriptionWithoutHistory_StartsAtEndOfLogAndFiltersTypes()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var host = Host(receiver, configureSubscription: s =>
        {
            s.DeliverHistory = false;
            s.EventTypes.Add(DomainEventTypes.MeetingBooked);
        });
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner));
        await RunJobAsync(host);
        Assert.Empty(receiver.Requests);

        await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner));
        var booked = await host.AppendAsync(EventsHost.Event(DomainEventTypes.MeetingBooked, Owner));
        await RunJobAsync(host);
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.EmailSent, Owner));
        await RunJobAsync(host);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(booked.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers[WebhookSignature.EventIdHeaderName]);
        Assert.Equal(await host.InStoreAsync(s => s.DomainEvents.GetLastPositionAsync()), (await host.InStoreAsync(s => s.Webhooks.FindCursorAsync("crm")))!.Position);
    }

    [Fact]
    public async Task RunAsync_ProtectedSecret_SignsWithTheUnprotectedSecret()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        string? cipher = null;
        await using var host = Host(receiver, configureSubscription: s =>
        {
            s.Secret = null;
            s.ProtectedSecret = cipher;
        }, protect: p => cipher = p.Protect(Secret, WebhookOptions.SecretPurpose).CipherText);
        await host.AppendAsync(EventsHost.Event(DomainEventTypes.ApprovalDecided, Owner));

        await RunJobAsync(host);

        var request = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify(Secret, request.Headers[WebhookSignature.HeaderName], request.Body, host.Time.GetUtcNow(), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public async Task Options_BadSubscription_FailsNamingEachSetting()
    {
        await using var host = new EventsHost(services => services.Configure<WebhookOptions>(o =>
        {
            o.Subscriptions.Add(new WebhookSubscriptionOptions { Name = "a", Url = new Uri("ftp://example.com/x"), Secret = "short" });
            o.Subscriptions.Add(new WebhookSubscriptionOptions { Name = "a", Url = new Uri("https://example.com/x"), Secret = "long-enough-secret-1" });
            o.MaxAttempts = 0;
        }));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.Contains("AutoMeet:Webhooks:Subscriptions:0:Url", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("AutoMeet:Webhooks:Subscriptions:0: a ProtectedSecret", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("AutoMeet:Webhooks:Subscriptions:1:Name 'a'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("AutoMeet:Webhooks:MaxAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Backoff_Attempts_DoubleUpToTheCapWithJitterBetweenHalfAndAll()
    {
        var settings = new WebhookOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(60), UseJitter = false };
        Assert.Equal([10, 20, 40, 60, 60], Enumerable.Range(1, 5).Select(a => WebhookDeliveryJob.Backoff(settings, a).TotalSeconds));

        settings.UseJitter = true;
        Assert.All(Enumerable.Range(0, 50), _ => Assert.InRange(WebhookDeliveryJob.Backoff(settings, 2).TotalSeconds, 10, 20));
    }

    private static EventsHost Host(
        LoopbackReceiver receiver, Action<WebhookOptions>? configure = null, Action<WebhookSubscriptionOptions>? configureSubscription = null, Action<ISecretProtector>? protect = null)
    {
        EventsHost? host = null;
        host = new EventsHost(services => services.Configure<WebhookOptions>(o =>
        {
            protect?.Invoke(host!.Services.GetRequiredService<ISecretProtector>());
            var subscription = new WebhookSubscriptionOptions { Name = "crm", Url = receiver.Url, Secret = Secret, DeliverHistory = true };
            configureSubscription?.Invoke(subscription);
            o.Subscriptions.Add(subscription);
            configure?.Invoke(o);
        }));
        return host;
    }

    private static async Task RunJobAsync(EventsHost host)
    {
        var job = host.Services.GetServices<IAutoMeetJob>().Single(j => j.Name == "webhook-delivery");
        await using var scope = host.Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
