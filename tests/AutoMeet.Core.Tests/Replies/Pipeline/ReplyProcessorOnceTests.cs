using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoMeet.Core.Tests.Replies.Pipeline;

public sealed class ReplyProcessorOnceTests
{
    [Fact]
    public async Task ProcessAccountAsync_SameMessageSeenAgain_IsProcessedOnce()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync();
        var ada = await host.EnrollAsync("ada@analytical.example");
        var reply = host.Reply(ada, "Thanks, but we are not interested.");
        host.Mailbox.Deliver(host.Account.Id, reply); // the provider hands the same message twice in one batch

        var first = await host.ProcessAsync();
        await ResetCursorAsync(host, "0"); // ...and again on a later run
        var second = await host.ProcessAsync();

        Assert.Equal((1, 1), (first.Processed, first.AlreadyProcessed));
        Assert.Equal((0, 2), (second.Processed, second.AlreadyProcessed));
        Assert.Single(await host.DecisionsAsync(ada));
        Assert.Single(await host.EventsAsync(ada), e => e.Kind == EmailEventKind.Replied);
        var thread = await host.InStoreAsync(s => s.Threads.FindAsync(ada.Thread.Id));
        Assert.Equal(2, thread!.Messages.Count); // outbound + one inbound
    }

    [Fact]
    public async Task RunAsync_JobRunsTwice_ProcessesReplyOnceAndAdvancesCursor()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync();
        var ada = await host.EnrollAsync("ada@analytical.example");
        host.Reply(ada, "Sure, let's talk. Thursday at 10am?");
        var job = host.Services.GetServices<IAutoMeetJob>().OfType<ReplyProcessingJob>().Single();

        for (var run = 0; run < 2; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Single(await host.DecisionsAsync(ada));
        Assert.Equal("1", (await host.AccountAsync()).HistoryCursor); // the sandbox cursor counts received messages
        Assert.Same(job, host.Services.GetRequiredService<ReplyProcessingJob>());
        Assert.Equal(0, (await job.ProcessAccountAsync(host.Account.Id)).Received);
    }

    [Fact]
    public async Task ProcessAccountAsync_StoringTheDecisionFails_RollsBackActionsAndKeepsCursor()
    {
        var failure = new FailingDecisionStore.Switch { Fail = true };
        await using var host = new ReplyPipelineHost(s => s.Replace(ServiceDescriptor.Scoped<IAutoMeetStore>(
            sp => new FailingDecisionStore(ActivatorUtilities.CreateInstance<InMemoryAutoMeetStore>(sp), failure))));
        await host.InitializeAsync();
        var ada = await host.EnrollAsync("ada@analytical.example");
        host.Reply(ada, "Thanks, but we are not interested.");

        var failed = await host.ProcessAsync();

        Assert.Equal(1, failed.Failed);
        Assert.False(failed.CursorAdvanced);
        Assert.Equal("0", (await host.AccountAsync()).HistoryCursor);
        Assert.Empty(await host.DecisionsAsync(ada));
        Assert.Equal(EnrollmentStatus.Active, (await host.EnrollmentAsync(ada.Enrollment.Id)).Status);
        Assert.Equal(OutboxStatus.Pending, (await host.OutboxAsync(ada.Enrollment.Id)).Single(r => r.StepPosition == 1).Status);
        Assert.Empty(await host.EventsAsync(ada));

        failure.Fail = false;
        var retried = await host.ProcessAsync();

        Assert.Equal(1, retried.Processed);
        Assert.True(retried.CursorAdvanced);
        Assert.Single(await host.DecisionsAsync(ada));
        Assert.Equal(StopReason.Replied, (await host.EnrollmentAsync(ada.Enrollment.Id)).StopReason);
    }

    [Fact]
    public async Task ProcessAccountAsync_UntrackedThread_IsIgnoredAndCounted()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync();
        host.Mailbox.Deliver(host.Account.Id, new InboundEmail
        {
            ProviderMessageId = "m-1", ProviderThreadId = "t-unknown", RfcMessageId = "newsletter-1@news.example", InReplyTo = "unknown@else.example",
            From = new EmailAddress("news@news.example"), Subject = "Weekly digest", TextBody = "Are you interested? Book a call!", ReceivedAt = host.Now,
        });

        var result = await host.ProcessAsync();

        Assert.Equal((1, 1, 0), (result.Received, result.Ignored, result.Processed));
        Assert.True(result.CursorAdvanced);
        Assert.Empty(await host.InStoreAsync(s => s.ReplyDecisions.ListByProspectAsync(default)));
    }

    [Fact]
    public async Task ProcessAccountAsync_StopOnCompanyReply_StopsColleaguesOfSameDomainOnly()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync(stopOnCompanyReply: true);
        var ada = await host.EnrollAsync("ada@analytical.example");
        var bob = await host.EnrollQuietAsync("bob@analytical.example");
        var carl = await host.EnrollQuietAsync("carl@other.example");
        host.Reply(ada, "Thanks, but we are not interested.");

        await host.ProcessAsync();

        Assert.Equal(StopReason.Replied, (await host.EnrollmentAsync(ada.Enrollment.Id)).StopReason);
        var colleague = await host.EnrollmentAsync(bob.Id);
        Assert.Equal((EnrollmentStatus.Stopped, StopReason.CompanyReplied), (colleague.Status, colleague.StopReason));
        Assert.All(await host.OutboxAsync(bob.Id), r => Assert.Equal(OutboxStatus.Cancelled, r.Status));
        Assert.Equal(EnrollmentStatus.Active, (await host.EnrollmentAsync(carl.Id)).Status);
        Assert.Contains("company enrollments stopped: 1", Assert.Single(await host.DecisionsAsync(ada)).Actions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAccountAsync_FullResyncRepeatsDecidedMessages_DecidesOnlyNewOnesAndStoresCursor()
    {
        var mailbox = Substitute.For<IMailbox>();
        await using var host = new ReplyPipelineHost(s => s.AddSingleton(mailbox));
        await host.InitializeAsync();
        var ada = await host.EnrollAsync("ada@analytical.example");
        var old = host.Reply(ada, "Thanks, but we are not interested.");
        mailbox.GetChangesAsync(host.Account.Id, "0", Arg.Any<CancellationToken>()).Returns(new MailboxChanges([old], "h-10", IsFullResync: false));
        await host.ProcessAsync();

        var fresh = host.Reply(ada, "Actually, could you send me the pricing sheet?");
        mailbox.GetChangesAsync(host.Account.Id, "h-10", Arg.Any<CancellationToken>()).Returns(new MailboxChanges([old, fresh], "h-99", IsFullResync: true));
        var result = await host.ProcessAsync();

        Assert.True(result.IsFullResync);
        Assert.Equal((1, 1), (result.Processed, result.AlreadyProcessed));
        Assert.Equal("h-99", (await host.AccountAsync()).HistoryCursor);
        Assert.Equal(2, (await host.DecisionsAsync(ada)).Count);
    }

    [Fact]
    public async Task ProcessAccountAsync_ProviderRejectsCursor_ThrowsAndKeepsCursor()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync();
        await ResetCursorAsync(host, "not-a-sandbox-cursor");

        await Assert.ThrowsAsync<ArgumentException>(() => host.ProcessAsync());

        Assert.Equal("not-a-sandbox-cursor", (await host.AccountAsync()).HistoryCursor);
    }

    [Fact]
    public async Task ProcessAccountAsync_ClassifierThrows_OfflineDecidesAndSaysSo()
    {
        var broken = Substitute.For<IReplyClassifier>();
        broken.Name.Returns("ai:test");
        broken.ClassifyAsync(default!, default).ThrowsAsyncForAnyArgs(new HttpRequestException("503"));
        await using var host = new ReplyPipelineHost(s => s.Replace(ServiceDescriptor.Singleton(broken)));
        await host.InitializeAsync();
        var ada = await host.EnrollAsync("ada@analytical.example");
        host.Reply(ada, "Thanks, but we are not interested.");

        await host.ProcessAsync();

        var decision = Assert.Single(await host.DecisionsAsync(ada));
        Assert.Equal(ReplyLabel.NotInterested, decision.Label);
        Assert.Equal("offline (fallback: HttpRequestException)", decision.Classifier);
    }

    [Fact]
    public async Task ProcessAccountAsync_DisconnectedAccount_IsSkipped()
    {
        await using var host = new ReplyPipelineHost();
        await host.InitializeAsync();
        await host.InStoreAsync(async s =>
        {
            var account = (await s.MailboxAccounts.FindAsync(host.Account.Id))!;
            account.Status = AccountStatus.Disconnected;
            await s.MailboxAccounts.UpdateAsync(account);
        });

        Assert.True((await host.ProcessAsync()).Skipped);
    }

    private static Task ResetCursorAsync(ReplyPipelineHost host, string cursor) => host.InStoreAsync(async s =>
    {
        var account = (await s.MailboxAccounts.FindAsync(host.Account.Id))!;
        account.HistoryCursor = cursor;
        await s.MailboxAccounts.UpdateAsync(account);
    });
}
