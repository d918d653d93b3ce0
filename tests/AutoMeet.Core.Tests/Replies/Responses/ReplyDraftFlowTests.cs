using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Replies;
using AutoMeet.Replies.Responses;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Responses;

public sealed class ReplyDraftFlowTests
{
    private const string Budget = "Honestly this is too expensive for us, we don't have the budget for it.";
    private const string Referral = "I'm not the right person for this. Please reach out to jane.doe@analytical.example, she runs procurement.";

    [Fact]
    public async Task Pipeline_BudgetObjection_DraftsFromTemplateAndMailsTheOwnerItsLinks()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);

        await host.ProcessAndDrainAsync();

        var decision = Assert.Single(await host.Pipeline.DecisionsAsync(ada));
        Assert.Equal(ObjectionType.Budget, decision.Objection);
        Assert.Contains("reply draft queued: objection.budget", decision.Actions, StringComparison.Ordinal);
        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftStatus.Pending, draft.Status);
        Assert.Equal(ReplyDraftSituation.ObjectionBudget, draft.Situation);
        Assert.Equal("template:response.objection.budget", draft.Generator);
        Assert.Equal(decision.Id, draft.DecisionId);
        Assert.Equal("Re: Hello", draft.Subject);
        Assert.Equal(decision.Confidence, draft.Confidence);
        var mail = Assert.Single(host.OwnerMails());
        Assert.Contains(draft.Body.Trim(), mail.Email.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, mail.Email.TextBody.Split('\n').Count(l => l.Contains("/reply-drafts/", StringComparison.Ordinal)));
        Assert.Empty(host.AnswersTo(ada));
    }

    [Fact]
    public async Task Pipeline_SameReplySeenAgain_ProducesOneDraft()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        var reply = host.Pipeline.Reply(ada, Budget);

        await host.ProcessAndDrainAsync();
        host.Mailbox.Deliver(host.Pipeline.Account.Id, reply);
        await host.ProcessAndDrainAsync();
        var decision = Assert.Single(await host.Pipeline.DecisionsAsync(ada));
        await host.Pipeline.Services.GetRequiredService<ReplyDrafter>().CreateAsync(decision.Id, CancellationToken.None);

        Assert.Single(await host.DraftsAsync(ada));
        Assert.Single(host.OwnerMails());
    }

    [Fact]
    public async Task Approve_Twice_SendsTheDraftInTheThreadOnce()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);
        await host.ProcessAndDrainAsync();
        var token = host.Token(ReplyDraftDecision.Approve);

        var inspected = await host.Approvals.InspectAsync(token);
        var first = await host.Approvals.DecideAsync(token, ReplyDraftDecision.Approve, "10.0.0.1");
        var second = await host.Approvals.DecideAsync(token, ReplyDraftDecision.Approve, "10.0.0.1");
        host.Pipeline.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DrainAsync();

        Assert.Equal(ReplyDraftLinkOutcome.Pending, inspected.Outcome);
        Assert.Equal(ReplyDraftLinkOutcome.Approved, first.Outcome);
        Assert.Equal(ReplyDraftStatus.Sent, first.Status);
        Assert.Equal(ReplyDraftLinkOutcome.AlreadyHandled, second.Outcome);
        var sent = Assert.Single(host.AnswersTo(ada));
        Assert.Equal(ada.Thread.ProviderThreadId, sent.Email.ProviderThreadId);
        Assert.Equal("Re: Hello", sent.Email.Subject);
        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftStatus.Sent, draft.Status);
        Assert.Equal("link; 10.0.0.1", draft.DecisionSource);
        var thread = await host.Pipeline.InStoreAsync(s => s.Threads.FindAsync(ada.Thread.Id));
        Assert.Single(thread!.Messages, m => m.RfcMessageId == draft.RfcMessageId);
    }

    [Fact]
    public async Task Reject_ThenApprove_SendsNothing()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);
        await host.ProcessAndDrainAsync();

        var rejected = await host.Approvals.DecideAsync(host.Token(ReplyDraftDecision.Reject), ReplyDraftDecision.Reject, null);
        var approved = await host.Approvals.DecideAsync(host.Token(ReplyDraftDecision.Approve), ReplyDraftDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(ReplyDraftLinkOutcome.Rejected, rejected.Outcome);
        Assert.Equal(ReplyDraftLinkOutcome.AlreadyHandled, approved.Outcome);
        Assert.Equal(ReplyDraftStatus.Rejected, approved.Status);
        Assert.Empty(host.AnswersTo(ada));
    }

    [Fact]
    public async Task Links_ForgedWrongPurposeOrExpired_DecideNothing()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);
        await host.ProcessAndDrainAsync();
        var approve = host.Token(ReplyDraftDecision.Approve);

        Assert.Equal(ReplyDraftLinkOutcome.Invalid, (await host.Approvals.DecideAsync(approve + "x", ReplyDraftDecision.Approve, null)).Outcome);
        Assert.Equal(ReplyDraftLinkOutcome.Invalid, (await host.Approvals.DecideAsync(approve, ReplyDraftDecision.Reject, null)).Outcome);
        Assert.Equal(ReplyDraftLinkOutcome.Invalid, (await host.Approvals.InspectAsync("garbage")).Outcome);
        host.Pipeline.Time.Advance(TimeSpan.FromHours(49));
        Assert.Equal(ReplyDraftLinkOutcome.Expired, (await host.Approvals.InspectAsync(approve)).Outcome);
        Assert.Equal(ReplyDraftLinkOutcome.Expired, (await host.Approvals.DecideAsync(approve, ReplyDraftDecision.Approve, null)).Outcome);
        await host.DrainAsync();

        Assert.Empty(host.AnswersTo(ada));
        Assert.Equal(ReplyDraftStatus.Pending, Assert.Single(await host.DraftsAsync(ada)).Status);
    }

    [Fact]
    public async Task AutonomousCampaign_ConfidenceAboveThreshold_SendsWithoutAskingTheOwner()
    {
        await using var host = await DraftHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.1);
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);

        await host.ProcessAndDrainAsync();

        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftStatus.Sent, draft.Status);
        Assert.Equal("autonomous", draft.DecidedBy);
        Assert.Single(host.AnswersTo(ada));
        Assert.Empty(host.OwnerMails());
    }

    [Fact]
    public async Task AutonomousCampaign_ConfidenceBelowThreshold_AsksTheOwner()
    {
        await using var host = await DraftHost.StartAsync(ApprovalMode.Autonomous, threshold: 1.0);
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);

        await host.ProcessAndDrainAsync();

        Assert.Equal(ReplyDraftStatus.Pending, Assert.Single(await host.DraftsAsync(ada)).Status);
        Assert.Empty(host.AnswersTo(ada));
        Assert.Single(host.OwnerMails());
    }

    [Fact]
    public async Task SuppressedAddress_GetsNoDraft()
    {
        await using var host = await DraftHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.1);
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        await host.Pipeline.Services.GetRequiredService<ISuppressionService>().SuppressAsync(host.Pipeline.Owner, ada.Prospect.Email, SuppressionReason.Manual);
        host.Pipeline.Reply(ada, Budget);

        await host.ProcessAndDrainAsync();

        Assert.Empty(await host.DraftsAsync(ada));
        Assert.Empty(host.AnswersTo(ada));
    }

    [Fact]
    public async Task SuppressedAfterApproval_IsNeverSent()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Budget);
        await host.ProcessAndDrainAsync();
        await host.Pipeline.Services.GetRequiredService<ISuppressionService>().SuppressAsync(host.Pipeline.Owner, ada.Prospect.Email, SuppressionReason.Manual);

        var result = await host.Approvals.DecideAsync(host.Token(ReplyDraftDecision.Approve), ReplyDraftDecision.Approve, null);
        host.Pipeline.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DrainAsync();

        Assert.Equal(ReplyDraftLinkOutcome.Approved, result.Outcome);
        Assert.Empty(host.AnswersTo(ada));
        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftStatus.Rejected, draft.Status);
        Assert.Equal("system", draft.DecidedBy);
    }

    [Fact]
    public async Task InterestedWithTimes_GetsNoDraft_TheMeetingProposalAnswers()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, "Sounds good, let's book a call. Tuesday at 2pm works for me.");

        await host.Pipeline.ProcessAsync();

        var decision = Assert.Single(await host.Pipeline.DecisionsAsync(ada));
        Assert.Contains("meeting proposal queued", decision.Actions, StringComparison.Ordinal);
        Assert.DoesNotContain("reply draft", decision.Actions, StringComparison.Ordinal);
        var queued = await host.Pipeline.InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("test", 100, Duration.FromMinutes(1), [ReplyDraftWork.Create])));
        Assert.Empty(queued);
    }

    [Fact]
    public async Task Referral_NobodyAddedBeforeApproval_ThenAddedLinkedAndEnrolled()
    {
        await using var host = await DraftHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.1);
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Referral);

        await host.ProcessAndDrainAsync();

        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftSituation.Referral, draft.Situation);
        Assert.Equal("jane.doe@analytical.example", draft.ReferredEmail);
        Assert.Equal(ReplyDraftStatus.Pending, draft.Status); // never autonomous: a referred person is enrolled only after approval
        Assert.Null(await host.Pipeline.InStoreAsync(s => s.Prospects.FindByEmailAsync(host.Pipeline.Owner, "jane.doe@analytical.example")));
        var page = await host.Approvals.InspectAsync(host.Token(ReplyDraftDecision.Approve));
        Assert.Equal("jane.doe@analytical.example", page.ReferredEmail);

        var result = await host.Approvals.DecideAsync(host.Token(ReplyDraftDecision.Approve), ReplyDraftDecision.Approve, null);
        host.Pipeline.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DrainAsync();

        Assert.Equal(ReplyDraftLinkOutcome.Approved, result.Outcome);
        Assert.Single(host.AnswersTo(ada));
        var jane = await host.Pipeline.InStoreAsync(s => s.Prospects.FindByEmailAsync(host.Pipeline.Owner, "jane.doe@analytical.example"));
        Assert.NotNull(jane);
        Assert.Equal(ada.Prospect.Id.ToString(), jane.CustomFields[ReferralEnroller.ReferredByField]);
        Assert.Equal("Ada Lovelace", jane.CustomFields[ReferralEnroller.ReferredByNameField]);
        Assert.Equal("Analytical", jane.Company);
        var enrollment = await host.Pipeline.InStoreAsync(s => s.Enrollments.FindAsync(host.Pipeline.Campaign.Id, jane.Id));
        Assert.NotNull(enrollment);
        Assert.Single(await host.Pipeline.InStoreAsync(s => s.Enrollments.ListByProspectAsync(jane.Id)));
    }

    [Fact]
    public async Task Referral_Rejected_AddsNobody()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, Referral);
        await host.ProcessAndDrainAsync();

        await host.Approvals.DecideAsync(host.Token(ReplyDraftDecision.Reject), ReplyDraftDecision.Reject, null);
        await host.DrainAsync();

        Assert.Null(await host.Pipeline.InStoreAsync(s => s.Prospects.FindByEmailAsync(host.Pipeline.Owner, "jane.doe@analytical.example")));
        Assert.Empty(host.AnswersTo(ada));
    }
}
