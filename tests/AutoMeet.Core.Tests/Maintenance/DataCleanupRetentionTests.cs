using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Core.Tests.Compliance;
using AutoMeet.Events;
using AutoMeet.Maintenance;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Webhooks;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Maintenance;

/// <summary>The content, domain-event and webhook-log retentions of <see cref="DataCleanup"/>.</summary>
public sealed class DataCleanupRetentionTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-retention");
    private readonly ComplianceHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Instant Now => Instant.FromDateTimeOffset(_host.Time.GetUtcNow());

    [Fact]
    public async Task RunAsync_MessageBodyRetention_RedactsOlderBodiesAndKeepsOnesExactlyAtTheCutoff()
    {
        var retention = TimeSpan.FromDays(30);
        var start = Now;
        var thread = await SeedThreadAsync(start, start + Duration.FromHours(1), start + Duration.FromHours(2));
        var decision = await DecideAsync(thread, thread.Messages[1]);
        var old = await DraftAsync(thread, decision, ReplyDraftStatus.Sent);
        _host.Time.Advance(TimeSpan.FromHours(2));
        var latest = await DraftAsync(thread, await DecideAsync(thread, thread.Messages[2], inbound: false), ReplyDraftStatus.Sent);

        // The last message and the last draft are exactly as old as the retention: kept.
        _host.Time.Advance(retention);
        var report = await RunAsync(new CleanupOptions { MessageBodyRetention = retention, BatchSize = 1 });

        Assert.Equal(2, report.RedactedMessages);
        Assert.Equal(1, report.RedactedDrafts);
        var stored = (await _host.InStoreAsync(s => s.Threads.FindAsync(thread.Id)))!;
        Assert.Equal([null, null, "Tuesday works for me."], stored.Messages.Select(m => m.BodyText));
        Assert.Equal(thread.Messages.Select(m => m.RfcMessageId), stored.Messages.Select(m => m.RfcMessageId));
        Assert.Empty((await _host.InStoreAsync(s => s.ReplyDrafts.FindAsync(old.Id)))!.Body);
        Assert.Equal("Thanks, see you then.", (await _host.InStoreAsync(s => s.ReplyDrafts.FindAsync(latest.Id)))!.Body);

        _host.Time.Advance(TimeSpan.FromTicks(1));
        var next = await RunAsync(new CleanupOptions { MessageBodyRetention = retention });
        Assert.Equal((1, 1), (next.RedactedMessages, next.RedactedDrafts));
    }

    [Fact]
    public async Task RunAsync_NoContentRetention_KeepsBodies()
    {
        var thread = await SeedThreadAsync(Now);
        _host.Time.Advance(TimeSpan.FromDays(4000));

        var report = await RunAsync(new CleanupOptions());

        Assert.Equal((0, 0, 0), (report.RedactedMessages, report.RedactedDrafts, report.DomainEvents));
        Assert.NotNull((await _host.InStoreAsync(s => s.Threads.FindAsync(thread.Id)))!.Messages[0].BodyText);
    }

    [Fact]
    public async Task RunAsync_DomainEventRetention_DeletesOlderEventsAndKeepsTheOneAtTheCutoff()
    {
        var retention = TimeSpan.FromDays(7);
        var positions = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            positions.Add(await AppendEventAsync(Now));
            _host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // Now the third event is exactly as old as the retention.
        _host.Time.Advance(retention - TimeSpan.FromMinutes(2));
        var report = await RunAsync(new CleanupOptions { DomainEventRetention = retention, BatchSize = 1 });

        Assert.Equal(2, report.DomainEvents);
        var kept = await _host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(positions[0], null, 10));
        Assert.Equal(positions.Skip(2), kept.Select(e => e.Position));
    }

    [Fact]
    public async Task RunAsync_DomainEventRetentionUnset_KeepsEvents()
    {
        await AppendEventAsync(Now);
        await AppendEventAsync(Now);
        _host.Time.Advance(TimeSpan.FromDays(4000));

        var report = await RunAsync(new CleanupOptions());

        Assert.Equal(0, report.DomainEvents);
        Assert.Equal(2, (await _host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10))).Count);
    }

    [Fact]
    public async Task RunAsync_WebhookDeliveryLog_DeletesAttemptsOlderThanTheDefaultRetention()
    {
        await AddAttemptAsync(1);
        _host.Time.Advance(TimeSpan.FromDays(1));
        await AddAttemptAsync(2);
        _host.Time.Advance(TimeSpan.FromDays(30)); // the second attempt is exactly 30 days old

        var report = await RunAsync(new CleanupOptions());

        Assert.Equal(1, report.WebhookAttempts);
        Assert.Equal([2L], (await _host.InStoreAsync(s => s.Webhooks.ListAttemptsAsync("crm", Storage.PageRequest.First))).Select(a => a.EventPosition));
    }

    [Theory]
    [InlineData("MessageBodyRetention", "6.23:59:59")]
    [InlineData("MessageBodyRetention", "3651.00:00:00")]
    [InlineData("DomainEventRetention", "1.00:00:00")]
    [InlineData("DomainEventRetention", "3651.00:00:00")]
    [InlineData("WebhookDeliveryLogRetention", "12:00:00")]
    [InlineData("WebhookDeliveryLogRetention", "3651.00:00:00")]
    public void Validate_RetentionOutOfRange_FailsNamingTheSetting(string setting, string value)
    {
        var options = new CleanupOptions();
        typeof(CleanupOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Parse(value, CultureInfo.InvariantCulture));

        var result = new CleanupOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"AutoMeet:Cleanup:{setting} must be between", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MessageBodyRetention", "7.00:00:00")]
    [InlineData("MessageBodyRetention", "3650.00:00:00")]
    [InlineData("DomainEventRetention", "7.00:00:00")]
    [InlineData("WebhookDeliveryLogRetention", "1.00:00:00")]
    public void Validate_RetentionAtTheBounds_Succeeds(string setting, string value)
    {
        var options = new CleanupOptions();
        typeof(CleanupOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Parse(value, CultureInfo.InvariantCulture));

        Assert.True(new CleanupOptionsValidator().Validate(null, options).Succeeded);
    }

    private Task<CleanupReport> RunAsync(CleanupOptions options)
    {
        var cleanup = new DataCleanup(Microsoft.Extensions.Options.Options.Create(options), _host.Time.ToClock());
        return _host.InStoreAsync(s => cleanup.RunAsync(s, CancellationToken.None));
    }

    /// <summary>Stores a prospect's thread: outbound, inbound, outbound … at the given instants.</summary>
    private async Task<EmailThread> SeedThreadAsync(params Instant[] at)
    {
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = $"seller-{Guid.NewGuid():N}@vendor.example", Status = AccountStatus.Connected };
        var prospect = new Prospect { OwnerId = Owner, Email = $"ada-{Guid.NewGuid():N}@analytical.example", FirstName = "Ada" };
        var thread = new EmailThread { MailboxAccountId = account.Id, ProspectId = prospect.Id, ProviderThreadId = "t-" + Guid.NewGuid().ToString("N"), Subject = "Hello" };
        for (var i = 0; i < at.Length; i++)
        {
            thread.Messages.Add(new EmailMessage
            {
                ThreadId = thread.Id,
                Direction = i % 2 == 0 ? MessageDirection.Outbound : MessageDirection.Inbound,
                RfcMessageId = $"{Guid.NewGuid():N}@mail.example",
                Subject = "Hello",
                BodyText = i % 2 == 0 ? "Tuesday works for me." : "Sure, let's talk.",
                OccurredAt = at[i],
            });
        }

        thread.RootMessageId = thread.Messages[0].RfcMessageId;
        await _host.InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            await s.Prospects.AddAsync(prospect);
            await s.Threads.AddAsync(thread);
        });
        return thread;
    }

    private async Task<ReplyDecision> DecideAsync(EmailThread thread, EmailMessage message, bool inbound = true)
    {
        var decision = new ReplyDecision
        {
            OwnerId = Owner, MessageId = message.Id, ThreadId = thread.Id, ProspectId = thread.ProspectId, Label = inbound ? ReplyLabel.Question : ReplyLabel.InterestedInfo, Classifier = "offline", DecidedAt = Now,
        };
        await _host.InStoreAsync(s => s.ReplyDecisions.AddAsync(decision));
        return decision;
    }

    private async Task<ReplyDraft> DraftAsync(EmailThread thread, ReplyDecision decision, ReplyDraftStatus status)
    {
        var draft = new ReplyDraft
        {
            OwnerId = Owner, ProspectId = thread.ProspectId, ThreadId = thread.Id, DecisionId = decision.Id, Subject = "Re: Hello", Body = "Thanks, see you then.", Status = status,
            TokenHash = Guid.NewGuid().ToString("N"), ExpiresAt = Now + Duration.FromDays(2), RfcMessageId = $"{Guid.NewGuid():N}@vendor.example",
        };
        await _host.InStoreAsync(s => s.ReplyDrafts.AddAsync(draft));
        return draft;
    }

    private async Task<long> AppendEventAsync(Instant occurredAt)
    {
        var domainEvent = new DomainEvent { Type = DomainEventTypes.EmailSent, OccurredAt = occurredAt, OwnerId = Owner, EntityType = "EmailEvent", EntityId = Guid.NewGuid().ToString() };
        await _host.InStoreAsync(s => s.DomainEvents.AppendAsync(domainEvent));
        return domainEvent.Position;
    }

    private Task AddAttemptAsync(long position) => _host.InStoreAsync(s => s.Webhooks.AddAttemptAsync(new WebhookDeliveryAttempt
    {
        SubscriptionName = "crm", EventPosition = position, EventType = DomainEventTypes.EmailSent, Attempt = 1, AttemptedAt = Now, Status = WebhookDeliveryStatus.Delivered, StatusCode = 204,
    }));
}
