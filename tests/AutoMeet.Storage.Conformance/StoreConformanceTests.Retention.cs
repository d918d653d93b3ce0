using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Completed work items older than the cut-off are deleted oldest first, at most the requested number; others stay.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteCompletedAsync_WorkItems_DeletesOnlyCompletedBeforeCutoffOldestFirst()
    {
        var first = ConformanceData.WorkItem("retention", "a", Now);
        var second = ConformanceData.WorkItem("retention", "b", Now);
        var third = ConformanceData.WorkItem("retention", "c", Now);
        var open = ConformanceData.WorkItem("retention", "open", Now);
        foreach (var item in new[] { first, second, third, open })
        {
            Assert.True(await InNewScopeAsync(s => s.WorkQueue.EnqueueAsync(item)));
        }

        Assert.Equal(4, (await InNewScopeAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("worker-1", 10, Duration.FromHours(6))))).Count);
        Assert.True(await InNewScopeAsync(s => s.WorkQueue.CompleteAsync(first.Id, "worker-1")));
        Advance(Duration.FromMinutes(1));
        Assert.True(await InNewScopeAsync(s => s.WorkQueue.CompleteAsync(second.Id, "worker-1")));
        Advance(Duration.FromMinutes(1));
        var cutoff = Now;
        Assert.True(await InNewScopeAsync(s => s.WorkQueue.CompleteAsync(third.Id, "worker-1")));
        Advance(Duration.FromDays(30));

        Assert.Equal(1, await InNewScopeAsync(s => s.WorkQueue.DeleteCompletedAsync(cutoff, 1)));
        Assert.Null(await InNewScopeAsync(s => s.WorkQueue.FindAsync(first.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.WorkQueue.FindAsync(second.Id)));

        Assert.Equal(1, await InNewScopeAsync(s => s.WorkQueue.DeleteCompletedAsync(cutoff, 100)));
        Assert.Null(await InNewScopeAsync(s => s.WorkQueue.FindAsync(second.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.WorkQueue.FindAsync(third.Id))); // completed exactly at the cut-off: kept
        Assert.NotNull(await InNewScopeAsync(s => s.WorkQueue.FindAsync(open.Id))); // never completed: never deleted
        Assert.Equal(0, await InNewScopeAsync(s => s.WorkQueue.DeleteCompletedAsync(cutoff, 100)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => InNewScopeAsync(s => s.WorkQueue.DeleteCompletedAsync(cutoff, 0)));
    }

    /// <summary>Delivered notifications older than the cut-off are deleted; pending ones and newer ones stay.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteCompletedAsync_Notifications_DeletesOnlyCompletedBeforeCutoff()
    {
        var owner = ConformanceData.NewOwner();
        var delivered = ConformanceData.Notification(owner, Now);
        var pending = ConformanceData.Notification(owner, Now + Duration.FromDays(1));
        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(delivered)));
        Assert.True(await InNewScopeAsync(s => s.Notifications.EnqueueAsync(pending)));
        Assert.Single(await InNewScopeAsync(s => s.Notifications.ClaimDueAsync(new LeaseClaim("sender-1", 10, Duration.FromMinutes(5)))));
        Assert.True(await InNewScopeAsync(s => s.Notifications.CompleteAsync(delivered.Id, "sender-1")));
        Advance(Duration.FromDays(2));

        Assert.Equal(0, await InNewScopeAsync(s => s.Notifications.DeleteCompletedAsync(Now - Duration.FromDays(3), 100)));
        Assert.Equal(1, await InNewScopeAsync(s => s.Notifications.DeleteCompletedAsync(Now, 100)));

        Assert.Null(await InNewScopeAsync(s => s.Notifications.FindAsync(delivered.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Notifications.FindAsync(pending.Id)));
    }
}
