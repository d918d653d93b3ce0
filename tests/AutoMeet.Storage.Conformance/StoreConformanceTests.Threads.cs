using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A thread is found by the provider's thread id within its mailbox only, with its messages.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByProviderThreadIdAsync_WithinMailbox_FindsThreadWithMessages()
    {
        var graph = await SeedGraphAsync();
        var otherMailbox = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(graph.OwnerId));
        var thread = await SeedThreadAsync(graph, messageCount: 2);

        var found = await InNewScopeAsync(s => s.Threads.FindByProviderThreadIdAsync(graph.Mailbox.Id, thread.ProviderThreadId!));
        var otherBox = await InNewScopeAsync(s => s.Threads.FindByProviderThreadIdAsync(otherMailbox.Id, thread.ProviderThreadId!));
        var unknown = await InNewScopeAsync(s => s.Threads.FindByProviderThreadIdAsync(graph.Mailbox.Id, "no-such-thread"));

        EntityAssert.Equivalent(thread, found);
        Assert.Null(otherBox);
        Assert.Null(unknown);
    }

    /// <summary>The thread holding a message is found by the message's Message-ID within its mailbox only.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByMessageIdAsync_MessageInThread_FindsThreadWithinMailbox()
    {
        var graph = await SeedGraphAsync();
        var otherMailbox = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(graph.OwnerId));
        await SeedThreadAsync(graph, messageCount: 1);
        var thread = await SeedThreadAsync(graph, messageCount: 3);

        var found = await InNewScopeAsync(s => s.Threads.FindByMessageIdAsync(graph.Mailbox.Id, thread.Messages[1].RfcMessageId));
        var otherBox = await InNewScopeAsync(s => s.Threads.FindByMessageIdAsync(otherMailbox.Id, thread.Messages[1].RfcMessageId));
        var unknown = await InNewScopeAsync(s => s.Threads.FindByMessageIdAsync(graph.Mailbox.Id, "unknown@mail.example"));

        EntityAssert.Equivalent(thread, found);
        Assert.Null(otherBox);
        Assert.Null(unknown);
    }

    /// <summary>Appending a newer inbound message stores it last and moves both last-message instants to it.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendMessageAsync_NewerInboundMessage_AddsItAndMovesInstantsForward()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 2);
        var reply = ConformanceData.Message(thread.Id, MessageDirection.Inbound, thread.LastMessageAt!.Value.Plus(Duration.FromHours(3)));

        var added = await InNewScopeAsync(s => s.Threads.AppendMessageAsync(reply));
        var found = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        Assert.True(added);
        Assert.Equal(3, found!.Messages.Count);
        EntityAssert.Equivalent(reply, found.Messages[^1], compareAuditFields: false);
        Assert.Equal(reply.OccurredAt, found.LastMessageAt);
        Assert.Equal(reply.OccurredAt, found.LastInboundAt);
    }

    /// <summary>An outbound message moves the last-message instant but not the last-inbound one; an older message moves neither back.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendMessageAsync_OutboundOrOlderMessage_MovesOnlyTheRightInstantsForward()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 2);
        var lastInbound = thread.LastInboundAt;
        var followUp = ConformanceData.Message(thread.Id, MessageDirection.Outbound, thread.LastMessageAt!.Value.Plus(Duration.FromDays(2)));
        var late = ConformanceData.Message(thread.Id, MessageDirection.Inbound, thread.Messages[0].OccurredAt.Minus(Duration.FromHours(1)));

        Assert.True(await InNewScopeAsync(s => s.Threads.AppendMessageAsync(followUp)));
        Assert.True(await InNewScopeAsync(s => s.Threads.AppendMessageAsync(late)));
        var found = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        Assert.Equal(followUp.OccurredAt, found!.LastMessageAt);
        Assert.Equal(lastInbound, found.LastInboundAt);
        Assert.Equal(4, found.Messages.Count);
        Assert.Equal(late.Id, found.Messages[0].Id);
    }

    /// <summary>Appending a message whose Message-ID the thread already has adds nothing and returns false.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendMessageAsync_SameMessageIdTwice_AddsItOnce()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, messageCount: 1);
        var reply = ConformanceData.Message(thread.Id, MessageDirection.Inbound, thread.LastMessageAt!.Value.Plus(Duration.FromHours(1)));
        var redelivered = ConformanceData.Message(thread.Id, MessageDirection.Inbound, reply.OccurredAt.Plus(Duration.FromHours(1)), reply.RfcMessageId);

        Assert.True(await InNewScopeAsync(s => s.Threads.AppendMessageAsync(reply)));
        Assert.False(await InNewScopeAsync(s => s.Threads.AppendMessageAsync(redelivered)));
        var found = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        Assert.Equal(2, found!.Messages.Count);
        Assert.Equal(reply.OccurredAt, found.LastMessageAt);
        Assert.DoesNotContain(found.Messages, m => m.Id == redelivered.Id);
    }

    /// <summary>Appending to a thread that does not exist throws <see cref="KeyNotFoundException"/>.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendMessageAsync_UnknownThread_ThrowsKeyNotFound()
    {
        await SeedGraphAsync();
        var orphan = ConformanceData.Message(Id<EmailThread>.New(), MessageDirection.Inbound, ConformanceData.PreciseInstant);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => InNewScopeAsync(s => s.Threads.AppendMessageAsync(orphan)));
    }

    /// <summary>A prospect's threads are listed oldest first, with their messages.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByProspectAsync_Threads_OldestFirstWithMessages()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedProspectAsync(graph.OwnerId);
        var ids = ConformanceData.AscendingIds<EmailThread>(2);
        var threads = new List<EmailThread>();
        foreach (var id in ids)
        {
            var thread = ConformanceData.Thread(graph.Mailbox.Id, graph.Prospect.Id, graph.Campaign.Id, messageCount: 2);
            thread.Id = id;
            foreach (var message in thread.Messages)
            {
                message.ThreadId = id;
            }

            threads.Add(await AddAsync(s => s.Threads, thread));
            Advance(Duration.FromSeconds(1));
        }

        await SeedThreadAsync(graph, other.Id);

        var listed = await InNewScopeAsync(s => s.Threads.ListByProspectAsync(graph.Prospect.Id));

        EntityAssert.EquivalentSequence(threads, listed);
    }
}
