using AutoMeet.Messaging;
using AutoMeet.Replies;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A reply draft keeps every field, and is found by its decision and by its token hash.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDrafts_RoundTrip_FoundByDecisionAndTokenHash()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph);
        var decision = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[1].Id));
        var draft = Draft(graph, thread, decision, "hash-" + ConformanceData.Unique());
        draft.ReferredEmail = "someone.else@example.com";
        draft.DecidedAt = Now;
        draft.DecidedBy = "owner-1";
        draft.DecisionSource = "link; 10.0.0.1";
        draft.SentAt = Now.Plus(Duration.FromMinutes(1));
        await AddAsync(s => s.ReplyDrafts, draft);

        var byId = await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(draft.Id));
        var byDecision = await InNewScopeAsync(s => s.ReplyDrafts.FindByDecisionAsync(decision.Id));
        var byHash = await InNewScopeAsync(s => s.ReplyDrafts.FindByTokenHashAsync(draft.TokenHash));

        EntityAssert.Equivalent(draft, byId!);
        Assert.Equal(draft.Id, byDecision!.Id);
        Assert.Equal(draft.Id, byHash!.Id);
        Assert.Null(await InNewScopeAsync(s => s.ReplyDrafts.FindByTokenHashAsync("no-such-hash")));
    }

    /// <summary>A decision gets at most one draft, and a token hash is unique.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDrafts_SecondDraftForDecision_ThrowsDuplicate()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 3);
        var decision = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[1].Id));
        var other = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[2].Id));
        var first = await AddAsync(s => s.ReplyDrafts, Draft(graph, thread, decision, "hash-" + ConformanceData.Unique()));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.ReplyDrafts.AddAsync(Draft(graph, thread, decision, "hash-" + ConformanceData.Unique()))));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.ReplyDrafts.AddAsync(Draft(graph, thread, other, first.TokenHash))));

        var listed = await InNewScopeAsync(s => s.ReplyDrafts.ListByProspectAsync(graph.Prospect.Id));
        Assert.Equal(first.Id, Assert.Single(listed).Id);
    }

    /// <summary>Updating a draft's status is versioned like any entity; a stale update conflicts.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDrafts_StaleStatusUpdate_Conflicts()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph);
        var decision = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[1].Id));
        var draft = await AddAsync(s => s.ReplyDrafts, Draft(graph, thread, decision, "hash-" + ConformanceData.Unique()));
        var stale = await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(draft.Id));

        var fresh = await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(draft.Id));
        fresh!.Status = ReplyDraftStatus.Approved;
        await InNewScopeAsync(s => s.ReplyDrafts.UpdateAsync(fresh));
        stale!.Status = ReplyDraftStatus.Rejected;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.ReplyDrafts.UpdateAsync(stale)));
        Assert.Equal(ReplyDraftStatus.Approved, (await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(draft.Id)))!.Status);
    }

    /// <summary>Deleting the prospect (erasure), the thread or the decision deletes the drafts.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDrafts_DeleteProspectThreadOrDecision_DeletesDrafts()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 3);
        var byThread = await AddAsync(s => s.ReplyDrafts, Draft(graph, thread, await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[1].Id)), "hash-" + ConformanceData.Unique()));
        var decision = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[2].Id));
        var byDecision = await AddAsync(s => s.ReplyDrafts, Draft(graph, thread, decision, "hash-" + ConformanceData.Unique()));
        var otherThread = await SeedThreadAsync(graph);
        var byProspect = await AddAsync(s => s.ReplyDrafts, Draft(graph, otherThread, await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, otherThread, otherThread.Messages[1].Id)), "hash-" + ConformanceData.Unique()));

        Assert.True(await InNewScopeAsync(s => s.ReplyDecisions.DeleteAsync(decision.Id)));
        Assert.Null(await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(byDecision.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(byThread.Id)));

        Assert.True(await InNewScopeAsync(s => s.Threads.DeleteAsync(thread.Id)));
        Assert.Null(await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(byThread.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(byProspect.Id)));

        Assert.True(await InNewScopeAsync(s => s.Prospects.DeleteAsync(graph.Prospect.Id)));
        Assert.Null(await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(byProspect.Id)));
    }

    private static ReplyDecision DraftDecision(ConformanceGraph graph, EmailThread thread, Id<EmailMessage> messageId) => new()
    {
        OwnerId = graph.OwnerId,
        MessageId = messageId,
        ThreadId = thread.Id,
        ProspectId = graph.Prospect.Id,
        CampaignId = graph.Campaign.Id,
        Label = ReplyLabel.Objection,
        Objection = ObjectionType.Budget,
        Confidence = 0.8,
        Classifier = "offline",
        DecidedAt = Instant.FromUtc(2026, 6, 1, 9, 0),
    };

    private static ReplyDraft Draft(ConformanceGraph graph, EmailThread thread, ReplyDecision decision, string tokenHash) => new()
    {
        OwnerId = graph.OwnerId,
        ProspectId = graph.Prospect.Id,
        ThreadId = thread.Id,
        CampaignId = graph.Campaign.Id,
        DecisionId = decision.Id,
        Situation = ReplyDraftSituation.ObjectionBudget,
        Language = "de",
        Subject = "Re: Hallo",
        Body = "Danke für die Antwort.\nGrüße",
        Generator = "template:response.objection.budget.de",
        Confidence = 0.72,
        Status = ReplyDraftStatus.Pending,
        TokenHash = tokenHash,
        ExpiresAt = Instant.FromUtc(2026, 6, 3, 9, 0),
        RfcMessageId = $"draft-{ConformanceData.Unique()}@mail.example.com",
    };
}
