using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Tests.Stores;

/// <summary>
/// The reply pipeline's unit of work on SQLite: a decision and the actions it records (enrollment stopped, pending sends
/// cancelled, event recorded) commit together or not at all.
/// </summary>
public sealed class ReplyDecisionTransactionTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteDatabase _database = new();
    private StoreHost _host = null!;
    private Seed _seed = null!;

    public async Task InitializeAsync()
    {
        _host = new StoreHost(StoreProvider.Sqlite, _database.ConnectionString);
        await _host.InitializeAsync();
        _seed = await SeedAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ExecuteInTransactionAsync_DecisionWithActions_CommitsAll()
    {
        await _host.InScopeAsync(s => s.ExecuteInTransactionAsync(ct => DecideAsync(s, ct)));

        Assert.NotNull(await _host.InScopeAsync(s => s.ReplyDecisions.FindByMessageAsync(_seed.MessageId)));
        Assert.Equal(EnrollmentStatus.Stopped, (await _host.InScopeAsync(s => s.Enrollments.FindAsync(_seed.EnrollmentId)))!.Status);
        Assert.Equal(OutboxStatus.Cancelled, (await _host.InScopeAsync(s => s.Outbox.FindAsync(_seed.PendingRowId)))!.Status);
        Assert.Equal(1, await _host.InScopeAsync(s => s.EmailEvents.CountAsync(new EmailEventQuery { ProspectId = _seed.ProspectId })));
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_FailureAfterActions_LeavesNeitherDecisionNorActions()
    {
        await Assert.ThrowsAsync<IOException>(() => _host.InScopeAsync(s => s.ExecuteInTransactionAsync<bool>(async ct =>
        {
            await DecideAsync(s, ct);
            throw new IOException("crash before commit");
        })));

        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_SecondDecisionForMessage_ThrowsDuplicateAndRollsBackItsActions()
    {
        await _host.InScopeAsync(s => s.ReplyDecisions.AddAsync(Decision()));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => _host.InScopeAsync(s => s.ExecuteInTransactionAsync(ct => DecideAsync(s, ct))));

        Assert.Equal(EnrollmentStatus.Active, (await _host.InScopeAsync(s => s.Enrollments.FindAsync(_seed.EnrollmentId)))!.Status);
        Assert.Equal(OutboxStatus.Pending, (await _host.InScopeAsync(s => s.Outbox.FindAsync(_seed.PendingRowId)))!.Status);
    }

    private async Task AssertUntouchedAsync()
    {
        Assert.Null(await _host.InScopeAsync(s => s.ReplyDecisions.FindByMessageAsync(_seed.MessageId)));
        Assert.Equal(EnrollmentStatus.Active, (await _host.InScopeAsync(s => s.Enrollments.FindAsync(_seed.EnrollmentId)))!.Status);
        Assert.Equal(OutboxStatus.Pending, (await _host.InScopeAsync(s => s.Outbox.FindAsync(_seed.PendingRowId)))!.Status);
        Assert.Equal(0, await _host.InScopeAsync(s => s.EmailEvents.CountAsync(new EmailEventQuery { ProspectId = _seed.ProspectId })));
    }

    /// <summary>What the pipeline writes for a "not interested" reply, in its order: actions first, the decision last.</summary>
    private async Task<bool> DecideAsync(IAutoMeetStore store, CancellationToken cancellationToken)
    {
        var enrollment = (await store.Enrollments.FindAsync(_seed.EnrollmentId, cancellationToken))!;
        enrollment.Status = EnrollmentStatus.Stopped;
        enrollment.StopReason = StopReason.Replied;
        await store.Enrollments.UpdateAsync(enrollment, cancellationToken);
        Assert.Equal(1, await store.Outbox.CancelPendingAsync(enrollment.Id, "enrollment stopped: replied", cancellationToken));
        await store.EmailEvents.AddAsync(
            new EmailEvent { Kind = EmailEventKind.Replied, OccurredAt = _host.Now, ProspectId = _seed.ProspectId, EnrollmentId = enrollment.Id, MessageId = _seed.MessageId },
            cancellationToken);
        await store.ReplyDecisions.AddAsync(Decision(), cancellationToken);
        return true;
    }

    private ReplyDecision Decision() => new()
    {
        OwnerId = _seed.Owner, MessageId = _seed.MessageId, ThreadId = _seed.ThreadId, ProspectId = _seed.ProspectId, EnrollmentId = _seed.EnrollmentId,
        Label = ReplyLabel.NotInterested, Confidence = 0.9, Classifier = "offline", Reasons = "lexicon:decline", Actions = "enrollment stopped: replied", DecidedAt = _host.Now,
    };

    private async Task<Seed> SeedAsync()
    {
        var owner = new UserId("owner-1");
        var mailbox = new MailboxAccount { OwnerId = owner, EmailAddress = "seller@vendor.example", HistoryCursor = "0" };
        var prospect = new Prospect { OwnerId = owner, Email = "ada@analytical.example" };
        var sequence = new OutreachSequence { OwnerId = owner, Name = "Intro" };
        var campaign = new Campaign { OwnerId = owner, Name = "Spring", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = mailbox.Id };
        var enrollment = new Enrollment { CampaignId = campaign.Id, ProspectId = prospect.Id, SequenceId = sequence.Id, MailboxAccountId = mailbox.Id };
        var thread = new EmailThread { MailboxAccountId = mailbox.Id, ProspectId = prospect.Id, CampaignId = campaign.Id, ProviderThreadId = "t-1", Subject = "Hello" };
        var inbound = new EmailMessage
        {
            ThreadId = thread.Id, Direction = MessageDirection.Inbound, RfcMessageId = "reply-1@analytical.example", From = prospect.Email, Subject = "Re: Hello", OccurredAt = _host.Now,
        };
        thread.Messages.Add(inbound);
        var pending = new OutboxMessage
        {
            OwnerId = owner, CampaignId = campaign.Id, EnrollmentId = enrollment.Id, ProspectId = prospect.Id, StepPosition = 1, MailboxAccountId = mailbox.Id,
            RfcMessageId = "step-1@vendor.example", Status = OutboxStatus.Pending, DueAt = _host.Now + Duration.FromDays(2),
        };
        await _host.InScopeAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(mailbox);
            await s.Prospects.AddAsync(prospect);
            await s.Sequences.AddAsync(sequence);
            await s.Campaigns.AddAsync(campaign);
            await s.Enrollments.AddAsync(enrollment);
            await s.Threads.AddAsync(thread);
            await s.Outbox.AddAsync(pending);
        });
        return new Seed(owner, prospect.Id, enrollment.Id, thread.Id, inbound.Id, pending.Id);
    }

    private sealed record Seed(UserId Owner, Id<Prospect> ProspectId, Id<Enrollment> EnrollmentId, Id<EmailThread> ThreadId, Id<EmailMessage> MessageId, Id<OutboxMessage> PendingRowId);
}
