using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Notifications;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class CampaignActivationTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task RunAsync_ScheduledCampaign_NoticeAt24HoursThenActivatesAtStartThenSendsNoticeToOwner()
    {
        await using var host = await SendingHost.StartAsync(Start - Duration.FromHours(30));
        await ScheduleAsync(host, Start);
        var activator = host.Services.GetRequiredService<ICampaignActivator>();

        var early = await host.InStoreAsync(s => activator.RunAsync(s));
        host.Advance(Duration.FromHours(7)); // 23 hours before the start
        var notice = await host.InStoreAsync(s => activator.RunAsync(s));
        var again = await host.InStoreAsync(s => activator.RunAsync(s));
        host.AdvanceTo(Start);
        var started = await host.InStoreAsync(s => activator.RunAsync(s));

        Assert.Equal(new CampaignActivationReport(0, 0, 0), early);
        Assert.Equal(new CampaignActivationReport(0, 1, 0), notice);
        Assert.Equal(new CampaignActivationReport(0, 0, 0), again);
        Assert.Equal(new CampaignActivationReport(1, 0, 0), started);
        var campaign = await host.InStoreAsync(s => s.Campaigns.FindAsync(host.Campaign.Id));
        Assert.Equal(CampaignStatus.Active, campaign!.Status);
        Assert.Equal(Start, campaign.StartedAt);

        var delivered = await host.InStoreAsync(s => host.Services.GetRequiredService<INotificationSender>().DeliverDueAsync(s));
        Assert.Equal(1, delivered.Delivered);
        var mail = Assert.Single(host.Mailbox.ListSent());
        Assert.Equal("alex@acme.example", Assert.Single(mail.Email.To).Address);
        Assert.Equal("[AutoMeet] Campaign \"Q4 outreach\" starts in 24 hours", mail.Email.Subject);
        Assert.Contains("2026-11-02 08:00 (Europe/Berlin)", mail.Email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StartCameButSequenceHasNoEmail_StaysScheduledAndTellsOwnerOnce()
    {
        await using var host = await SendingHost.StartAsync(Start, steps: [new AutoMeet.Sequences.SequenceStep { Position = 0, Kind = AutoMeet.Sequences.SequenceStepKind.Wait, DelayAmount = 1 }]);
        await ScheduleAsync(host, Start - Duration.FromMinutes(1));
        var activator = host.Services.GetRequiredService<ICampaignActivator>();

        var first = await host.InStoreAsync(s => activator.RunAsync(s));
        var second = await host.InStoreAsync(s => activator.RunAsync(s));

        Assert.Equal(new CampaignActivationReport(0, 1, 1), first);
        Assert.Equal(new CampaignActivationReport(0, 0, 1), second);
        Assert.Equal(CampaignStatus.Scheduled, (await host.InStoreAsync(s => s.Campaigns.FindAsync(host.Campaign.Id)))!.Status);
        var notices = await host.InStoreAsync(s => s.Notifications.ListByOwnerAsync(SendingHost.Owner, new PageRequest(0, 10)));
        Assert.Contains("has no e-mail step", Assert.Single(notices).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverDueAsync_OwnerHasNoConnectedMailbox_DefersWithReason()
    {
        await using var host = await SendingHost.StartAsync(Start);
        await host.InStoreAsync(async s =>
        {
            var account = await s.MailboxAccounts.FindAsync(host.Account.Id);
            account!.Status = AccountStatus.Disconnected;
            await s.MailboxAccounts.UpdateAsync(account);
            await s.Notifications.EnqueueAsync(new Notification { OwnerId = SendingHost.Owner, Kind = "test", Subject = "s", Body = "b", DueAt = Start });
        });

        var report = await host.InStoreAsync(s => host.Services.GetRequiredService<INotificationSender>().DeliverDueAsync(s));

        Assert.Equal(new NotificationDeliveryReport(0, 1, 0), report);
        Assert.Empty(host.Mailbox.ListSent());
        var stored = Assert.Single(await host.InStoreAsync(s => s.Notifications.ListByOwnerAsync(SendingHost.Owner, new PageRequest(0, 10))));
        Assert.Equal("the owner has no connected mailbox to send the notification from", stored.LastError);
    }

    [Fact]
    public async Task DeliverDueAsync_ResponseLostAfterSend_RetryFindsItAndDoesNotSendAgain()
    {
        var flaky = new FlakyMailbox();
        await using var host = await SendingHost.StartAsync(Start, services => services.Replace(ServiceDescriptor.Singleton<AutoMeet.Messaging.IMailbox>(sp => flaky.Wrap(sp.GetRequiredService<AutoMeet.Sandbox.SandboxMailbox>()))));
        await host.InStoreAsync(s => s.Notifications.EnqueueAsync(new Notification { OwnerId = SendingHost.Owner, Kind = "test", Subject = "s", Body = "b", DueAt = Start }));
        var sender = host.Services.GetRequiredService<INotificationSender>();
        flaky.FailNextSendAfter = true;

        var first = await host.InStoreAsync(s => sender.DeliverDueAsync(s));
        host.Advance(Duration.FromMinutes(2));
        var second = await host.InStoreAsync(s => sender.DeliverDueAsync(s));

        Assert.Equal(new NotificationDeliveryReport(0, 1, 0), first);
        Assert.Equal(new NotificationDeliveryReport(1, 0, 0), second);
        Assert.Single(host.Mailbox.ListSent());
    }

    [Fact]
    public async Task DeliverDueAsync_OwnerPreferences_SkipsDisabledAlertsAndRoutesByChosenChannel()
    {
        var webhook = new RecordingWebhook();
        await using var host = await SendingHost.StartAsync(Start, services =>
        {
            services.AddSingleton<INotificationWebhook>(webhook);
            services.Configure<NotificationOptions>(o =>
            {
                o.Kinds["campaign.starting"] = new NotificationKindOptions { Enabled = false };
                o.Kinds["reply.referral"] = new NotificationKindOptions { Channel = NotificationChannel.Webhook };
            });
        });
        await host.InStoreAsync(async s =>
        {
            await s.Notifications.EnqueueAsync(new Notification { OwnerId = SendingHost.Owner, Kind = "campaign.starting", Subject = "s", Body = "b", DueAt = Start });
            await s.Notifications.EnqueueAsync(new Notification { OwnerId = SendingHost.Owner, Kind = "reply.referral", Subject = "Referral", Body = "b", DueAt = Start });
            await s.Notifications.EnqueueAsync(new Notification { OwnerId = SendingHost.Owner, Kind = "other", Subject = "Other", Body = "b", DueAt = Start });
        });

        var report = await host.InStoreAsync(s => host.Services.GetRequiredService<INotificationSender>().DeliverDueAsync(s));

        Assert.Equal(new NotificationDeliveryReport(2, 0, 0, 1), report);
        Assert.Equal("Referral", Assert.Single(webhook.Delivered).Subject);
        Assert.Equal("[AutoMeet] Other", Assert.Single(host.Mailbox.ListSent()).Email.Subject);
    }

    private sealed class RecordingWebhook : INotificationWebhook
    {
        public List<Notification> Delivered { get; } = [];

        public Task DeliverAsync(Notification notification, CancellationToken cancellationToken = default)
        {
            Delivered.Add(notification);
            return Task.CompletedTask;
        }
    }

    private static Task ScheduleAsync(SendingHost host, Instant startAt) => host.InStoreAsync(async s =>
    {
        var campaign = await s.Campaigns.FindAsync(host.Campaign.Id);
        campaign!.Status = CampaignStatus.Scheduled;
        campaign.StartedAt = null;
        await s.Campaigns.UpdateAsync(campaign);
        var schedule = await s.CampaignSchedules.FindByCampaignAsync(host.Campaign.Id);
        schedule!.StartAt = startAt;
        await s.CampaignSchedules.UpdateAsync(schedule);
    });
}
