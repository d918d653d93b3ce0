using AutoMeet.Events;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using AutoMeet.Webhooks;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>
    /// Message bodies older than the cut-off are redacted oldest first, at most the requested number: the body becomes
    /// null, headers stay, the thread's version moves on; a message exactly at the cut-off and an inbound message
    /// without a decision keep their body.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task RedactBodiesAsync_MessagesBeforeCutoff_RedactsBodiesAndKeepsHeaders()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 4); // outbound, inbound, outbound, inbound; one hour apart
        await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[1].Id));
        var stale = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));
        var cutoff = thread.Messages[2].OccurredAt;

        Assert.Equal(1, await InNewScopeAsync(s => s.Threads.RedactBodiesAsync(cutoff, 1)));
        Assert.Equal(1, await InNewScopeAsync(s => s.Threads.RedactBodiesAsync(cutoff, 100)));
        Assert.Equal(0, await InNewScopeAsync(s => s.Threads.RedactBodiesAsync(cutoff, 100)));

        var stored = (await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id)))!;
        Assert.Equal([null, null, "Would Tuesday at 10:00 work?", "Would Tuesday at 10:00 work?"], stored.Messages.Select(m => m.BodyText));
        Assert.Equal(thread.Messages.Select(m => (m.RfcMessageId, m.InReplyTo, m.From, m.To, m.Subject, m.OccurredAt)), stored.Messages.Select(m => (m.RfcMessageId, m.InReplyTo, m.From, m.To, m.Subject, m.OccurredAt)));
        Assert.Equal(stored.Id, (await InNewScopeAsync(s => s.Threads.FindByMessageIdAsync(graph.Mailbox.Id, thread.Messages[0].RfcMessageId)))!.Id);

        // The undecided inbound message keeps its body whatever the cut-off; a copy read before the redaction conflicts.
        Assert.Equal(1, await InNewScopeAsync(s => s.Threads.RedactBodiesAsync(cutoff + Duration.FromDays(30), 100)));
        Assert.Equal("Would Tuesday at 10:00 work?", (await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id)))!.Messages[3].BodyText);
        stale!.Subject = "changed";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.Threads.UpdateAsync(stale)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.Threads.RedactBodiesAsync(cutoff, 0)));
    }

    /// <summary>
    /// Finished drafts created before the cut-off lose their body and referred address, oldest first; pending and
    /// approved drafts, and drafts created exactly at the cut-off, keep theirs.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task RedactTextsAsync_FinishedDraftsBeforeCutoff_EmptiesBodies()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 10);
        var next = 0;
        async Task<ReplyDraft> DraftAsync(ReplyDraftStatus status)
        {
            var decision = await AddAsync(s => s.ReplyDecisions, DraftDecision(graph, thread, thread.Messages[next++].Id));
            var draft = Draft(graph, thread, decision, "hash-" + ConformanceData.Unique());
            draft.Status = status;
            draft.ReferredEmail = "someone.else@example.com";
            return await AddAsync(s => s.ReplyDrafts, draft);
        }

        var sent = await DraftAsync(ReplyDraftStatus.Sent);
        Advance(Duration.FromMinutes(1));
        var expired = await DraftAsync(ReplyDraftStatus.Expired);
        var rejected = await DraftAsync(ReplyDraftStatus.Rejected);
        var pending = await DraftAsync(ReplyDraftStatus.Pending);
        var approved = await DraftAsync(ReplyDraftStatus.Approved);
        Advance(Duration.FromMinutes(1));
        var cutoff = Now;
        var atCutoff = await DraftAsync(ReplyDraftStatus.Sent);
        Advance(Duration.FromDays(30));

        Assert.Equal(1, await InNewScopeAsync(s => s.ReplyDrafts.RedactTextsAsync(cutoff, 1)));
        var redacted = (await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(sent.Id)))!;
        Assert.Equal((string.Empty, (string?)null, "Re: Hallo", sent.RfcMessageId, ReplyDraftStatus.Sent), (redacted.Body, redacted.ReferredEmail, redacted.Subject, redacted.RfcMessageId, redacted.Status));
        Assert.True(redacted.Version > sent.Version);

        Assert.Equal(2, await InNewScopeAsync(s => s.ReplyDrafts.RedactTextsAsync(cutoff, 100)));
        Assert.Equal(0, await InNewScopeAsync(s => s.ReplyDrafts.RedactTextsAsync(cutoff, 100)));
        foreach (var kept in new[] { pending, approved, atCutoff })
        {
            Assert.Equal(kept.Body, (await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(kept.Id)))!.Body);
        }

        Assert.Empty((await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(expired.Id)))!.Body);
        Assert.Empty((await InNewScopeAsync(s => s.ReplyDrafts.FindAsync(rejected.Id)))!.Body);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.ReplyDrafts.RedactTextsAsync(cutoff, 0)));
    }

    /// <summary>
    /// Old domain events are deleted as a prefix of the log, lowest position first; an event exactly at the cut-off and
    /// the newest event are kept, a reader resuming from a deleted position continues at the oldest kept event, and
    /// positions are never handed out again.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteBeforeAsync_OldEvents_DeletesPrefixAndKeepsPositionsResumable()
    {
        var owner = ConformanceData.NewOwner();
        var first = await AppendEventAsync(DomainEventTypes.EmailSent, owner, null, null);
        var second = await AppendEventAsync(DomainEventTypes.EmailOpened, owner, null, null);
        var third = await AppendEventAsync(DomainEventTypes.EmailReplied, owner, null, null);
        var fourth = await AppendEventAsync(DomainEventTypes.MeetingBooked, owner, null, null);

        Assert.Equal(1, await InNewScopeAsync(s => s.DomainEvents.DeleteBeforeAsync(third.OccurredAt, 1)));
        Assert.Equal(1, await InNewScopeAsync(s => s.DomainEvents.DeleteBeforeAsync(third.OccurredAt, 100)));
        Assert.Equal(0, await InNewScopeAsync(s => s.DomainEvents.DeleteBeforeAsync(third.OccurredAt, 100)));

        Assert.Equal([third.Position, fourth.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10))).Select(e => e.Position));
        Assert.Equal([third.Position, fourth.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(first.Position, null, 10))).Select(e => e.Position));
        Assert.Equal([fourth.Position], (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(third.Position, null, 10))).Select(e => e.Position));

        // Everything is past its retention: all but the newest go, and the next append continues after it.
        Assert.Equal(1, await InNewScopeAsync(s => s.DomainEvents.DeleteBeforeAsync(fourth.OccurredAt + Duration.FromDays(365), 100)));
        Assert.Equal(fourth.Position, await InNewScopeAsync(s => s.DomainEvents.GetLastPositionAsync()));
        var fifth = await AppendEventAsync(DomainEventTypes.MeetingCompleted, owner, null, null);
        Assert.True(fifth.Position > fourth.Position);
        Assert.True(second.Position < third.Position);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.DomainEvents.DeleteBeforeAsync(Now, 0)));
    }

    /// <summary>
    /// Erasure anonymises one person's events: their prospect id, payload and entity id go, type, instant, campaign and
    /// position stay; another prospect's and another owner's events are untouched; a second call changes nothing.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AnonymizeProspectAsync_ErasedProspect_StripsOnlyTheirEvents()
    {
        var graph = await SeedGraphAsync();
        var other = ConformanceData.NewOwner();
        var erased = await AppendEventAsync(DomainEventTypes.EmailSent, graph.OwnerId, graph.Campaign.Id, graph.Prospect.Id);
        var kept = await AppendEventAsync(DomainEventTypes.EmailSent, graph.OwnerId, graph.Campaign.Id, null);
        var erasedMeeting = await AppendEventAsync(DomainEventTypes.MeetingBooked, graph.OwnerId, graph.Campaign.Id, graph.Prospect.Id);
        var otherOwner = await AppendEventAsync(DomainEventTypes.MeetingBooked, other, null, graph.Prospect.Id);

        Assert.Equal(2, await InNewScopeAsync(s => s.DomainEvents.AnonymizeProspectAsync(graph.OwnerId, graph.Prospect.Id)));
        Assert.Equal(0, await InNewScopeAsync(s => s.DomainEvents.AnonymizeProspectAsync(graph.OwnerId, graph.Prospect.Id)));

        var all = (await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(erased.Position - 1, null, 1000))).ToDictionary(e => e.Position);
        foreach (var anonymised in new[] { erased, erasedMeeting })
        {
            var stored = all[anonymised.Position];
            Assert.Equal((anonymised.Type, anonymised.OccurredAt, anonymised.OwnerId, anonymised.CampaignId), (stored.Type, stored.OccurredAt, stored.OwnerId, stored.CampaignId));
            Assert.Equal((null, null, IDomainEventStore.ErasedEntityId), (stored.ProspectId, stored.Payload, stored.EntityId));
        }

        Assert.Equal((kept.EntityId, kept.Payload), (all[kept.Position].EntityId, all[kept.Position].Payload));
        Assert.Equal((graph.Prospect.Id, otherOwner.EntityId), (all[otherOwner.Position].ProspectId!.Value, all[otherOwner.Position].EntityId));
        Assert.Empty(await InNewScopeAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { OwnerId = graph.OwnerId, ProspectId = graph.Prospect.Id }, 10)));
    }

    /// <summary>Delivery attempts made before the cut-off are deleted oldest first; newer ones and the cursor stay.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAttemptsAsync_OldAttempts_DeletesOnlyBeforeCutoff()
    {
        var name = "hook-" + ConformanceData.Unique();
        await InNewScopeAsync(s => s.Webhooks.AddAsync(new WebhookCursor { SubscriptionName = name, Position = 5 }));
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 3, 1, WebhookDeliveryStatus.Failed, 500)));
        Advance(Duration.FromMinutes(1));
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 3, 2, WebhookDeliveryStatus.Delivered, 204)));
        Advance(Duration.FromMinutes(1));
        var cutoff = Now;
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 5, 1, WebhookDeliveryStatus.Delivered, 204)));
        Advance(Duration.FromDays(30));

        Assert.Equal(1, await InNewScopeAsync(s => s.Webhooks.DeleteAttemptsAsync(cutoff, 1)));
        Assert.Equal([(5L, 1), (3L, 2)], (await InNewScopeAsync(s => s.Webhooks.ListAttemptsAsync(name, PageRequest.First))).Select(a => (a.EventPosition, a.Attempt)));
        Assert.Equal(1, await InNewScopeAsync(s => s.Webhooks.DeleteAttemptsAsync(cutoff, 100)));
        Assert.Equal(0, await InNewScopeAsync(s => s.Webhooks.DeleteAttemptsAsync(cutoff, 100)));
        Assert.Equal([(5L, 1)], (await InNewScopeAsync(s => s.Webhooks.ListAttemptsAsync(name, PageRequest.First))).Select(a => (a.EventPosition, a.Attempt)));
        Assert.Equal(5, (await InNewScopeAsync(s => s.Webhooks.FindCursorAsync(name)))!.Position);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.Webhooks.DeleteAttemptsAsync(cutoff, 0)));
    }
}
