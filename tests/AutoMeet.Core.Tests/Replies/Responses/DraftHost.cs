using AutoMeet.Campaigns;
using AutoMeet.Core.Tests.Replies.Pipeline;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using AutoMeet.Replies.Responses;
using AutoMeet.Sandbox;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Core.Tests.Replies.Responses;

/// <summary>The reply pipeline host plus what drafts need: the work queue drained, the owner's links read from the sandbox.</summary>
internal sealed class DraftHost : IAsyncDisposable
{
    private DraftHost(ReplyPipelineHost pipeline) => Pipeline = pipeline;

    public ReplyPipelineHost Pipeline { get; }

    public SandboxMailbox Mailbox => Pipeline.Mailbox;

    public IReplyDraftApprovals Approvals => Pipeline.Services.GetRequiredService<IReplyDraftApprovals>();

    public static async Task<DraftHost> StartAsync(ApprovalMode mode = ApprovalMode.RequireApproval, double? threshold = null, Action<IServiceCollection>? configure = null)
    {
        var host = new DraftHost(new ReplyPipelineHost(configure));
        await host.Pipeline.InitializeAsync();
        await host.Pipeline.InStoreAsync(async s =>
        {
            var campaign = (await s.Campaigns.FindAsync(host.Pipeline.Campaign.Id))!;
            campaign.ApprovalMode = mode;
            campaign.AutonomousConfidenceThreshold = threshold;
            await s.Campaigns.UpdateAsync(campaign);
        });
        return host;
    }

    /// <summary>Processes the mailbox and runs the work queue until nothing due is left.</summary>
    public async Task ProcessAndDrainAsync()
    {
        await Pipeline.ProcessAsync();
        await DrainAsync();
    }

    public async Task DrainAsync()
    {
        var job = Pipeline.Services.GetServices<IAutoMeetJob>().OfType<WorkQueueJob>().Single();
        for (var round = 0; round < 5; round++)
        {
            await using var scope = Pipeline.Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }

    public Task<IReadOnlyList<ReplyDraft>> DraftsAsync(Contact contact) => Pipeline.InStoreAsync(s => s.ReplyDrafts.ListByProspectAsync(contact.Prospect.Id));

    /// <summary>The owner's approval e-mails (sent to the mailbox's own address).</summary>
    public IReadOnlyList<SandboxSentEmail> OwnerMails() =>
        [.. Mailbox.ListSent().Where(m => m.Email.To.Any(t => t.Address == Pipeline.Account.EmailAddress))];

    /// <summary>What was sent to the prospect after the first step.</summary>
    public IReadOnlyList<SandboxSentEmail> AnswersTo(Contact contact) =>
        [.. Mailbox.ListSent().Where(m => m.Email.To.Any(t => t.Address == contact.Prospect.Email) && m.Email.RfcMessageId.StartsWith("draft-", StringComparison.Ordinal))];

    /// <summary>The token of the approve (or reject) link in the newest owner e-mail.</summary>
    public string Token(ReplyDraftDecision decision)
    {
        var body = OwnerMails()[^1].Email.TextBody;
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("/reply-drafts/", StringComparison.Ordinal)).ToList();
        var link = decision == ReplyDraftDecision.Approve ? lines[0] : lines[1];
        return Uri.UnescapeDataString(link[(link.LastIndexOf('/') + 1)..]);
    }

    public ValueTask DisposeAsync() => Pipeline.DisposeAsync();
}
