using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Sandbox;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class ReplyProcessingWorkerTests
{
    [Fact]
    public async Task Host_Jobs_IncludeReplyProcessing()
    {
        await using var worker = new WorkerHostFixture();

        var jobs = worker.Host.Services.GetServices<IAutoMeetJob>().Select(j => j.Name).ToList();

        Assert.Contains("reply-processing", jobs);
        Assert.IsType<ReplyProcessingJob>(worker.Host.Services.GetServices<IAutoMeetJob>().Single(j => j.Name == "reply-processing"));
    }

    [Fact]
    public async Task RunOnce_UnsubscribeReplyOnSqlite_IsDecidedOnceWithItsActions()
    {
        await using var worker = new WorkerHostFixture();
        await worker.InitializeStoreAsync();
        var owner = new UserId("owner-1");
        var account = new MailboxAccount { OwnerId = owner, EmailAddress = "seller@vendor.example", Status = AccountStatus.Connected, HistoryCursor = "0" };
        var prospect = new Prospect { OwnerId = owner, Email = "ada@analytical.example", FirstName = "Ada" };
        var sequence = new OutreachSequence { OwnerId = owner, Name = "Intro" };
        var campaign = new Campaign { OwnerId = owner, Name = "Spring", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = account.Id };
        var enrollment = new Enrollment { CampaignId = campaign.Id, ProspectId = prospect.Id, SequenceId = sequence.Id, MailboxAccountId = account.Id };
        var mailbox = worker.Host.Services.GetRequiredService<SandboxMailbox>();
        var sent = await mailbox.SendAsync(new OutgoingEmail
        {
            MailboxAccountId = account.Id, To = [new EmailAddress(prospect.Email)], Subject = "Hello", TextBody = "Hi", RfcMessageId = "step-0@vendor.example",
        });
        var thread = new EmailThread { MailboxAccountId = account.Id, ProspectId = prospect.Id, CampaignId = campaign.Id, ProviderThreadId = sent.ProviderThreadId, Subject = "Hello" };
        thread.Messages.Add(new EmailMessage
        {
            ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = sent.RfcMessageId, From = account.EmailAddress, To = prospect.Email, Subject = "Hello", OccurredAt = sent.SentAt,
        });
        enrollment.ThreadId = thread.Id;
        await InStoreAsync(worker, async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            await s.Prospects.AddAsync(prospect);
            await s.Sequences.AddAsync(sequence);
            await s.Campaigns.AddAsync(campaign);
            await s.Threads.AddAsync(thread);
            await s.Enrollments.AddAsync(enrollment);
        });
        mailbox.SimulateReply(sent, prospect.Email, "Please remove me from your mailing list.");
        var runner = worker.Host.Services.GetRequiredService<JobRunner>();

        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        var decision = Assert.Single(await InStoreAsync(worker, s => s.ReplyDecisions.ListByProspectAsync(prospect.Id)));
        Assert.Equal(ReplyLabel.Unsubscribe, decision.Label);
        Assert.Equal(StopReason.Unsubscribed, (await InStoreAsync(worker, s => s.Enrollments.FindAsync(enrollment.Id)))!.StopReason);
        Assert.Equal(1, await InStoreAsync(worker, s => s.EmailEvents.CountAsync(new EmailEventQuery { ProspectId = prospect.Id, Kinds = [EmailEventKind.Unsubscribed] })));
        Assert.True(await worker.Host.Services.GetRequiredService<ISuppressionService>().IsSuppressedAsync(owner, prospect.Email));
        Assert.Equal("1", (await InStoreAsync(worker, s => s.MailboxAccounts.FindAsync(account.Id)))!.HistoryCursor);
    }

    private static async Task<T> InStoreAsync<T>(WorkerHostFixture worker, Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = worker.Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    private static async Task InStoreAsync(WorkerHostFixture worker, Func<IAutoMeetStore, Task> work)
    {
        await using var scope = worker.Host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }
}
