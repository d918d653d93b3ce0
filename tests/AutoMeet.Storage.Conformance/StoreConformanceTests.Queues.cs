using System.Collections.Concurrent;
using AutoMeet.Notifications;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A work item with a kind and key already queued is not queued again, even once completed; another kind with that key is.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task EnqueueAsync_SameKindAndKey_KeepsOneItem()
    {
        var first = ConformanceData.WorkItem("send-step", "enrollment-1:2", Now);

        Assert.True(await InNewScopeAsync(s => s.WorkQueue.EnqueueAsync(first)));
        Assert.False(await InNewScopeAsync(s => s.WorkQueue.EnqueueAsync(ConformanceData.WorkItem("send-step", "enrollment-1:2", Now))));
        Assert.True(await InNewScopeAsync(s => s.WorkQueue.EnqueueAsync(ConformanceData.WorkItem("sync-calendar", "enrollment-1:2", Now))));
        await InNewScopeAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("worker-1", 10, Duration.FromMinutes(1), ["send-step"])));
        Assert.True(await InNewScopeAsync(s => s.WorkQueue.CompleteAsync(first.Id, "worker-1")));
        Assert.False(await InNewScopeAsync(s => s.WorkQueue.EnqueueAsync(ConformanceData.WorkItem("send-step", "enrollment-1:2", Now))));

        var stored = await InNewScopeAsync(s => s.WorkQueue.FindAsync(first.Id));
        Assert.Equal(Now, stored!.CompletedAt);
        Assert.Equal(3, stored.Version); // added (1), claimed (2), completed (3)
        Assert.Equal(first.Payload, stored.Payload);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => AddAsync(s => s.WorkQueue, ConformanceData.WorkItem("send-step", "enrollment-1:2", Now)));
    }

    /// <summary>A notification with a deduplication key is queued once per owner; without a key it is always queued.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task EnqueueAsync_NotificationDeduplicationKey_QueuedOncePerOwner()
    {
        var owner = ConformanceData.NewOwner();
        var otherOwner = ConformanceData.NewOwner();

        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(ConformanceData.Notification(owner, Now, deduplicationKey: "campaign-start:c1"))));
        Assert.False(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(ConformanceData.Notification(owner, Now, deduplicationKey: "campaign-start:c1"))));
        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(ConformanceData.Notification(otherOwner, Now, deduplicationKey: "campaign-start:c1"))));
        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(ConformanceData.Notification(owner, Now))));
        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(ConformanceData.Notification(owner, Now))));

        Assert.Equal(3, (await InNewScopeAsync(s => s.Notifications.ListByOwnerAsync(owner, PageRequest.First))).Count);
    }

    /// <summary>An owner's notifications are listed newest first, page by page.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_Notifications_NewestFirstPaged()
    {
        var owner = ConformanceData.NewOwner();
        var ids = ConformanceData.AscendingIds<Notification>(4);
        var notifications = new List<Notification>();
        foreach (var id in ids)
        {
            var notification = ConformanceData.Notification(owner, Now);
            notification.Id = id;
            notifications.Add(await AddAsync(s => s.Notifications, notification));
            Advance(Duration.FromSeconds(1));
        }

        await AddAsync(s => s.Notifications, ConformanceData.Notification(ConformanceData.NewOwner(), Now));

        var listed = await InNewScopeAsync(s => s.Notifications.ListByOwnerAsync(owner, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Notifications.ListByOwnerAsync(owner, new PageRequest(1, 2)));

        notifications.Reverse();
        EntityAssert.EquivalentSequence(notifications, listed);
        Assert.Equal([ids[2], ids[1]], page.Select(n => n.Id));
    }

    /// <summary>Eight workers claiming concurrently in batches of 25 each get distinct items, and every one of 1,000 due items is claimed exactly once.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ClaimDueAsync_ParallelClaimers_ClaimEveryItemExactlyOnce()
    {
        const int itemCount = 1000;
        const int workerCount = 8;
        var items = Enumerable.Range(0, itemCount)
            .Select(i => ConformanceData.WorkItem("parallel", $"item-{i}", Now.Minus(Duration.FromSeconds(i % 97))))
            .ToList();
        await InNewScopeAsync(s => s.WorkQueue.AddRangeAsync(items));
        var claimed = new ConcurrentBag<Id<WorkItem>>();

        var workers = Enumerable.Range(0, workerCount).Select(worker => Task.Run(async () =>
        {
            var claim = new LeaseClaim($"worker-{worker}", 25, Duration.FromMinutes(10), ["parallel"]);
            while (true)
            {
                await using var scope = OpenScope();
                var batch = await StoreOf(scope).WorkQueue.ClaimDueAsync(claim);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var item in batch)
                {
                    Assert.Equal(claim.LeaseOwner, item.LeaseOwner);
                    claimed.Add(item.Id);
                }
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(itemCount, claimed.Count);
        Assert.Equal(itemCount, claimed.Distinct().Count());
        Assert.Equal(items.Select(i => i.Id).Order(), claimed.Order());
    }
}
