using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

// The outbox: planned sends, one per enrollment step, claimed one per mailbox at a time; and the reply decisions.
public abstract partial class StoreConformanceTests
{
    /// <summary>A second row for the same enrollment step is rejected and nothing is written.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_AddSameEnrollmentStepTwice_ThrowsDuplicateAndKeepsFirst()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var first = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));

        var second = Outbox(graph, enrollment, 0, Now);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Outbox.AddAsync(second)));

        Assert.Null(await InNewScopeAsync(s => s.Outbox.FindAsync(second.Id)));
        var stored = await InNewScopeAsync(s => s.Outbox.FindByStepAsync(enrollment.Id, 0));
        Assert.Equal(first.Id, stored!.Id);
    }

    /// <summary>A cancelled row does not block re-planning its step (after a snooze, say); the new row is the step's live row.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_StepCancelled_CanBePlannedAgain()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now + Duration.FromHours(1)));
        Assert.Equal(1, await InNewScopeAsync(s => s.Outbox.CancelPendingAsync(enrollment.Id, "snoozed")));

        var replanned = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now + Duration.FromDays(3)));

        var live = await InNewScopeAsync(s => s.Outbox.FindByStepAsync(enrollment.Id, 0));
        Assert.Equal(replanned.Id, live!.Id);
        Assert.Equal(2, (await InNewScopeAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id))).Count);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Outbox.AddAsync(Outbox(graph, enrollment, 0, Now))));
    }

    /// <summary>Two rows may not share a Message-ID.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_AddSameMessageIdTwice_ThrowsDuplicate()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var first = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));
        var second = Outbox(graph, enrollment, 1, Now);
        second.RfcMessageId = first.RfcMessageId;

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Outbox.AddAsync(second)));
    }

    /// <summary>A claim takes the earliest due row of each mailbox and nothing from a mailbox with a row in flight.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_ClaimDue_TakesOnePerMailboxAndNoneWhileOneIsInFlight()
    {
        var graph = await SeedGraphAsync();
        var otherMailbox = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(graph.OwnerId));
        var rows = new List<OutboxMessage>();
        for (var i = 0; i < 3; i++)
        {
            var prospect = await SeedProspectAsync(graph.OwnerId);
            var enrollment = await SeedEnrollmentAsync(graph, prospectId: prospect.Id);
            rows.Add(await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now - Duration.FromMinutes(10 - i))));
        }

        var other = await SeedEnrollmentAsync(graph, prospectId: (await SeedProspectAsync(graph.OwnerId)).Id);
        var otherRow = Outbox(graph, other, 0, Now - Duration.FromMinutes(1));
        otherRow.MailboxAccountId = otherMailbox.Id;
        await AddAsync(s => s.Outbox, otherRow);

        var firstClaim = await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes)));
        var secondClaim = await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-2", 10, FiveMinutes)));

        Assert.Equal([rows[0].Id, otherRow.Id], firstClaim.Select(r => r.Id));
        Assert.All(firstClaim, r => Assert.Equal(1, r.Attempts));
        Assert.Empty(secondClaim);

        Assert.True(await InNewScopeAsync(s => s.Outbox.MarkSentAsync(rows[0].Id, "sender-1", Sent(rows[0]))));
        var thirdClaim = await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-2", 10, FiveMinutes)));
        Assert.Equal(rows[1].Id, Assert.Single(thirdClaim).Id);
    }

    /// <summary>A row whose sender died (lease expired) is claimable again, with its attempt count showing the retry.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_LeaseExpired_RowReclaimedWithSecondAttempt()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var row = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));
        await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes)));

        Advance(Duration.FromMinutes(6));
        var reclaimed = await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-2", 10, FiveMinutes)));

        var claimed = Assert.Single(reclaimed);
        Assert.Equal(row.Id, claimed.Id);
        Assert.Equal(2, claimed.Attempts);
        Assert.False(await InNewScopeAsync(s => s.Outbox.MarkSentAsync(row.Id, "sender-1", Sent(row))));
    }

    /// <summary>Recording a send stores the provider's ids and completes the row; only the lease holder can record it.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_MarkSent_ByHolderRecordsProviderIdsAndCompletes()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var row = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));
        await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes)));

        Assert.False(await InNewScopeAsync(s => s.Outbox.MarkSentAsync(row.Id, "sender-2", Sent(row))));
        Assert.True(await InNewScopeAsync(s => s.Outbox.MarkSentAsync(row.Id, "sender-1", Sent(row))));

        var stored = await InNewScopeAsync(s => s.Outbox.FindAsync(row.Id));
        Assert.Equal(OutboxStatus.Sent, stored!.Status);
        Assert.Equal("provider-" + row.RfcMessageId, stored.ProviderMessageId);
        Assert.Equal("rewritten-" + row.RfcMessageId, stored.SentRfcMessageId);
        Assert.Equal(Now, stored.CompletedAt);
        Assert.Null(stored.LeaseOwner);
        Assert.Empty(await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes))));
    }

    /// <summary>Ending a row accepts only Cancelled or Failed, and records the reason.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_End_RecordsReasonAndRejectsSentStatus()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var row = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));
        await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes)));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.Outbox.EndAsync(row.Id, "sender-1", OutboxStatus.Sent, "no")));
        Assert.True(await InNewScopeAsync(s => s.Outbox.EndAsync(row.Id, "sender-1", OutboxStatus.Cancelled, "enrollment stopped")));

        var stored = await InNewScopeAsync(s => s.Outbox.FindAsync(row.Id));
        Assert.Equal(OutboxStatus.Cancelled, stored!.Status);
        Assert.Equal("enrollment stopped", stored.LastError);
        Assert.NotNull(stored.CompletedAt);
    }

    /// <summary>Cancelling an enrollment's pending rows leaves sent rows and rows in flight alone.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_CancelPending_CancelsOnlyUnleasedPendingRows()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var inFlight = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));
        var later = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 2, Now + Duration.FromDays(3)));
        await InNewScopeAsync(s => s.Outbox.ClaimDueAsync(new LeaseClaim("sender-1", 10, FiveMinutes)));

        var cancelled = await InNewScopeAsync(s => s.Outbox.CancelPendingAsync(enrollment.Id, "prospect replied"));

        Assert.Equal(1, cancelled);
        var rows = await InNewScopeAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id));
        Assert.Equal([inFlight.Id, later.Id], rows.Select(r => r.Id));
        Assert.Equal(OutboxStatus.Pending, rows[0].Status);
        Assert.Equal("sender-1", rows[0].LeaseOwner);
        Assert.Equal(OutboxStatus.Cancelled, rows[1].Status);
        Assert.Equal("prospect replied", rows[1].LastError);
    }

    /// <summary>A mailbox's load counts sent and pending rows due in the period, and first touches apart; cancelled rows do not count.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_GetLoad_CountsSentAndPendingInPeriod()
    {
        var graph = await SeedGraphAsync();
        var idle = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(graph.OwnerId));
        var dayStart = Now;
        for (var i = 0; i < 4; i++)
        {
            var enrollment = await SeedEnrollmentAsync(graph, prospectId: (await SeedProspectAsync(graph.OwnerId)).Id);
            var row = Outbox(graph, enrollment, i == 0 ? 0 : 1, dayStart + Duration.FromHours(i + 1));
            row.IsFirstTouch = i < 2;
            row.Status = i == 3 ? OutboxStatus.Cancelled : OutboxStatus.Pending;
            await AddAsync(s => s.Outbox, row);
        }

        var outside = await SeedEnrollmentAsync(graph, prospectId: (await SeedProspectAsync(graph.OwnerId)).Id);
        await AddAsync(s => s.Outbox, Outbox(graph, outside, 0, dayStart + Duration.FromDays(1)));

        var load = await InNewScopeAsync(s => s.Outbox.GetLoadAsync([graph.Mailbox.Id, idle.Id], dayStart, dayStart + Duration.FromDays(1)));

        Assert.Equal(new MailboxSendLoad(3, 2, dayStart + Duration.FromHours(3)), load[graph.Mailbox.Id]);
        Assert.Equal(default, load[idle.Id]);
    }

    /// <summary>Deleting an enrollment deletes its planned sends.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Outbox_DeleteEnrollment_DeletesItsRows()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var row = await AddAsync(s => s.Outbox, Outbox(graph, enrollment, 0, Now));

        Assert.True(await InNewScopeAsync(s => s.Enrollments.DeleteAsync(enrollment.Id)));

        Assert.Null(await InNewScopeAsync(s => s.Outbox.FindAsync(row.Id)));
    }

    /// <summary>A message gets at most one reply decision; decisions list by prospect in decision order.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDecisions_SecondDecisionForMessage_ThrowsDuplicate()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph);
        var message = thread.Messages[1];
        var decision = Decision(graph, thread, message.Id, Now);
        await AddAsync(s => s.ReplyDecisions, decision);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.ReplyDecisions.AddAsync(Decision(graph, thread, message.Id, Now))));

        var found = await InNewScopeAsync(s => s.ReplyDecisions.FindByMessageAsync(message.Id));
        Assert.Equal(decision.Id, found!.Id);
        Assert.Equal(ReplyLabel.OutOfOffice, found.Label);
        Assert.Equal(new LocalDate(2026, 6, 15), found.ReturnDate);
        var listed = await InNewScopeAsync(s => s.ReplyDecisions.ListByProspectAsync(graph.Prospect.Id));
        Assert.Equal(decision.Id, Assert.Single(listed).Id);
    }

    /// <summary>Deleting a thread deletes the decisions about its messages.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ReplyDecisions_DeleteThread_DeletesDecisions()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph);
        var decision = await AddAsync(s => s.ReplyDecisions, Decision(graph, thread, thread.Messages[1].Id, Now));

        Assert.True(await InNewScopeAsync(s => s.Threads.DeleteAsync(thread.Id)));

        Assert.Null(await InNewScopeAsync(s => s.ReplyDecisions.FindAsync(decision.Id)));
    }

    private static OutboxMessage Outbox(ConformanceGraph graph, Enrollment enrollment, int step, Instant dueAt) => new()
    {
        OwnerId = graph.OwnerId,
        CampaignId = enrollment.CampaignId,
        EnrollmentId = enrollment.Id,
        ProspectId = enrollment.ProspectId,
        StepPosition = step,
        IsFirstTouch = step == 0,
        MailboxAccountId = graph.Mailbox.Id,
        RfcMessageId = $"{ConformanceData.Unique()}@mail.example.com",
        DueAt = dueAt,
    };

    private SentEmail Sent(OutboxMessage row) =>
        new("provider-" + row.RfcMessageId, "thread-1", "rewritten-" + row.RfcMessageId, Now);

    private static ReplyDecision Decision(ConformanceGraph graph, EmailThread thread, Id<EmailMessage> messageId, Instant at) => new()
    {
        OwnerId = graph.OwnerId,
        MessageId = messageId,
        ThreadId = thread.Id,
        ProspectId = graph.Prospect.Id,
        CampaignId = graph.Campaign.Id,
        Label = ReplyLabel.OutOfOffice,
        Confidence = 0.97,
        Classifier = "hard-signal",
        Reasons = "auto-submitted header",
        ReturnDate = new LocalDate(2026, 6, 15),
        Actions = "enrollment snoozed until 2026-06-15",
        DecidedAt = at,
    };
}
