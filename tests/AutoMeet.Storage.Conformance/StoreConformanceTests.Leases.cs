using AutoMeet.Notifications;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

// Each lease scenario runs against both leased stores: the work queue and the notification queue.
public abstract partial class StoreConformanceTests
{
    private static readonly Duration FiveMinutes = Duration.FromMinutes(5);

    /// <summary>A lease operation is a write: an update based on a copy read before a claim conflicts and the lease survives.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task UpdateAsync_WorkItemClaimedSinceRead_ThrowsConcurrencyConflictAndKeepsLease()
    {
        var item = ConformanceData.WorkItem("sync-calendar", "owner-1", Now);
        await AddAsync(s => s.WorkQueue, item);
        var staleRead = await InNewScopeAsync(s => s.WorkQueue.FindAsync(item.Id));
        Advance(Duration.FromSeconds(1));

        var claimed = await InNewScopeAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("worker-1", 1, FiveMinutes)));
        staleRead!.Payload = "{\"changed\":true}";

        var fresh = Assert.Single(claimed);
        Assert.Equal(2, fresh.Version);
        Assert.Equal(Now, fresh.UpdatedAt);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.WorkQueue.UpdateAsync(staleRead)));
        var stored = await InNewScopeAsync(s => s.WorkQueue.FindAsync(item.Id));
        Assert.Equal("worker-1", stored!.LeaseOwner);
        Assert.Equal(item.Payload, stored.Payload);
    }

    /// <summary>Only due, uncompleted, unleased items are claimed, earliest first, at most the requested number (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_WorkItems_ClaimsDueItemsEarliestFirstUpToMax() => ClaimsDueItemsEarliestFirstUpToMaxAsync(WorkItems);

    /// <summary>Only due, uncompleted, unleased items are claimed, earliest first, at most the requested number (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_Notifications_ClaimsDueItemsEarliestFirstUpToMax() => ClaimsDueItemsEarliestFirstUpToMaxAsync(NotificationItems);

    /// <summary>A claim with kinds claims only those kinds; without kinds it claims every kind (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_WorkItemKinds_ClaimsOnlyThoseKinds() => ClaimsOnlyRequestedKindsAsync(WorkItems);

    /// <summary>A claim with kinds claims only those kinds; without kinds it claims every kind (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_NotificationKinds_ClaimsOnlyThoseKinds() => ClaimsOnlyRequestedKindsAsync(NotificationItems);

    /// <summary>A leased item is not claimed by another worker until its lease expires; then it is, with a second attempt (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_LeasedWorkItem_ReclaimableOnlyAfterLeaseExpires() => LeasedItemReclaimableOnlyAfterExpiryAsync(WorkItems);

    /// <summary>A leased item is not claimed by another worker until its lease expires; then it is, with a second attempt (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task ClaimDueAsync_LeasedNotification_ReclaimableOnlyAfterLeaseExpires() => LeasedItemReclaimableOnlyAfterExpiryAsync(NotificationItems);

    /// <summary>The lease holder completes an item, which is never claimed again (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task CompleteAsync_WorkItemByHolder_CompletesItForGood() => HolderCompletesForGoodAsync(WorkItems);

    /// <summary>The lease holder completes an item, which is never claimed again (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task CompleteAsync_NotificationByHolder_CompletesItForGood() => HolderCompletesForGoodAsync(NotificationItems);

    /// <summary>Completing fails, changing nothing, for a worker that does not hold the lease or whose lease expired (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task CompleteAsync_WorkItemByNonHolderOrAfterExpiry_ReturnsFalseAndChangesNothing() => NonHolderCannotCompleteAsync(WorkItems);

    /// <summary>Completing fails, changing nothing, for a worker that does not hold the lease or whose lease expired (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task CompleteAsync_NotificationByNonHolderOrAfterExpiry_ReturnsFalseAndChangesNothing() => NonHolderCannotCompleteAsync(NotificationItems);

    /// <summary>Retrying later reschedules, records the error and releases the lease; a non-holder cannot (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task RetryLaterAsync_WorkItem_ReschedulesRecordsErrorAndReleases() => RetryLaterReschedulesAsync(WorkItems);

    /// <summary>Retrying later reschedules, records the error and releases the lease; a non-holder cannot (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task RetryLaterAsync_Notification_ReschedulesRecordsErrorAndReleases() => RetryLaterReschedulesAsync(NotificationItems);

    /// <summary>The holder extends its lease from now; a non-holder or an expired holder cannot (work queue).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task RenewLeaseAsync_WorkItem_ExtendsOnlyForTheHolder() => RenewExtendsOnlyForHolderAsync(WorkItems);

    /// <summary>The holder extends its lease from now; a non-holder or an expired holder cannot (notifications).</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public Task RenewLeaseAsync_Notification_ExtendsOnlyForTheHolder() => RenewExtendsOnlyForHolderAsync(NotificationItems);

    private static LeasedStore<WorkItem> WorkItems { get; } =
        new(s => s.WorkQueue, s => s.WorkQueue, (kind, dueAt) => ConformanceData.WorkItem(kind, key: null, dueAt));

    private static LeasedStore<Notification> NotificationItems { get; } =
        new(s => s.Notifications, s => s.Notifications, (kind, dueAt) => ConformanceData.Notification(ConformanceData.NewOwner(), dueAt, kind));

    private async Task ClaimsDueItemsEarliestFirstUpToMaxAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var now = Now;
        var atNow = await AddAsync(items.Entities, items.Create("k", now));
        var earliest = await AddAsync(items.Entities, items.Create("k", now.Minus(Duration.FromHours(3))));
        var middle = await AddAsync(items.Entities, items.Create("k", now.Minus(Duration.FromHours(1))));
        await AddAsync(items.Entities, items.Create("k", now.Plus(Duration.FromNanoseconds(1000))));
        var completed = items.Create("k", now.Minus(Duration.FromHours(5)));
        completed.CompletedAt = now.Minus(Duration.FromHours(4));
        await AddAsync(items.Entities, completed);
        var leased = items.Create("k", now.Minus(Duration.FromHours(4)));
        leased.LeaseOwner = "someone-else";
        leased.LeaseExpiresAt = now.Plus(Duration.FromMinutes(1));
        leased.Attempts = 1;
        await AddAsync(items.Entities, leased);

        var firstTwo = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 2, FiveMinutes)));
        var rest = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes)));
        var none = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes)));

        Assert.Equal([earliest.Id, middle.Id], firstTwo.Select(i => i.Id));
        Assert.Equal([atNow.Id], rest.Select(i => i.Id));
        Assert.Empty(none);
        foreach (var claimed in firstTwo.Concat(rest))
        {
            Assert.Equal("worker-1", claimed.LeaseOwner);
            Assert.Equal(now.Plus(FiveMinutes), claimed.LeaseExpiresAt);
            Assert.Equal(1, claimed.Attempts);
            Assert.Null(claimed.CompletedAt);
            EntityAssert.Equivalent(claimed, await InNewScopeAsync(s => items.Entities(s).FindAsync(claimed.Id)));
        }
    }

    private async Task ClaimsOnlyRequestedKindsAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var due = Now.Minus(Duration.FromMinutes(1));
        var a = await AddAsync(items.Entities, items.Create("kind-a", due));
        var b = await AddAsync(items.Entities, items.Create("kind-b", due.Minus(Duration.FromMinutes(1))));
        var c = await AddAsync(items.Entities, items.Create("kind-c", due.Minus(Duration.FromMinutes(2))));

        var aAndC = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes, ["kind-a", "kind-c"])));
        var unknownKind = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes, ["kind-z"])));
        var anyKind = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes, [])));

        Assert.Equal([c.Id, a.Id], aAndC.Select(i => i.Id));
        Assert.Empty(unknownKind);
        Assert.Equal([b.Id], anyKind.Select(i => i.Id));
    }

    private async Task LeasedItemReclaimableOnlyAfterExpiryAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var item = await AddAsync(items.Entities, items.Create("k", Now));
        var claim = new LeaseClaim("worker-1", 10, FiveMinutes);
        var other = new LeaseClaim("worker-2", 10, FiveMinutes);
        Assert.Single(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(claim)));

        Assert.Empty(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(other)));
        Advance(Duration.FromMinutes(4));
        Assert.Empty(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(other)));
        Advance(Duration.FromMinutes(2));
        var reclaimed = await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(other));

        var taken = Assert.Single(reclaimed);
        Assert.Equal(item.Id, taken.Id);
        Assert.Equal("worker-2", taken.LeaseOwner);
        Assert.Equal(Now.Plus(FiveMinutes), taken.LeaseExpiresAt);
        Assert.Equal(2, taken.Attempts);
        Assert.False(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(item.Id, "worker-1")));
    }

    private async Task HolderCompletesForGoodAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var item = await AddAsync(items.Entities, items.Create("k", Now));
        await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes)));
        Advance(Duration.FromMinutes(1));

        Assert.True(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(item.Id, "worker-1")));
        var completedAt = Now;
        Advance(Duration.FromDays(1));

        Assert.Empty(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes))));
        var stored = await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id));
        Assert.Equal(completedAt, stored!.CompletedAt);
        Assert.Equal(1, stored.Attempts);
    }

    private async Task NonHolderCannotCompleteAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var item = await AddAsync(items.Entities, items.Create("k", Now));
        await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes)));
        var claimed = await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id));

        Assert.False(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(item.Id, "worker-2")));
        Assert.False(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(Id<T>.New(), "worker-1")));
        EntityAssert.Equivalent(claimed!, await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id)));

        Advance(Duration.FromMinutes(6));
        Assert.False(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(item.Id, "worker-1")));
        EntityAssert.Equivalent(claimed!, await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id)));
        Assert.Single(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes))));
    }

    private async Task RetryLaterReschedulesAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var item = await AddAsync(items.Entities, items.Create("k", Now));
        await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, Duration.FromMinutes(30))));
        var retryAt = Now.Plus(Duration.FromMinutes(2));
        var claimed = await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id));

        Assert.False(await InNewScopeAsync(s => items.Leases(s).RetryLaterAsync(item.Id, "worker-2", retryAt, "not mine")));
        EntityAssert.Equivalent(claimed!, await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id)));
        Assert.True(await InNewScopeAsync(s => items.Leases(s).RetryLaterAsync(item.Id, "worker-1", retryAt, "provider returned 503")));

        var stored = await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id));
        Assert.Equal(retryAt, stored!.DueAt);
        Assert.Equal("provider returned 503", stored.LastError);
        Assert.Null(stored.CompletedAt);
        Assert.Empty(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes))));
        Assert.False(await InNewScopeAsync(s => items.Leases(s).CompleteAsync(item.Id, "worker-1")));

        Advance(Duration.FromMinutes(3));
        var retried = Assert.Single(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes))));
        Assert.Equal(2, retried.Attempts);
        Assert.Equal("worker-2", retried.LeaseOwner);
    }

    private async Task RenewExtendsOnlyForHolderAsync<T>(LeasedStore<T> items)
        where T : class, IEntity<T>, ILeasedWork
    {
        var item = await AddAsync(items.Entities, items.Create("k", Now));
        await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-1", 10, FiveMinutes)));
        Advance(Duration.FromMinutes(4));

        Assert.False(await InNewScopeAsync(s => items.Leases(s).RenewLeaseAsync(item.Id, "worker-2", FiveMinutes)));
        Assert.True(await InNewScopeAsync(s => items.Leases(s).RenewLeaseAsync(item.Id, "worker-1", FiveMinutes)));
        var renewed = await InNewScopeAsync(s => items.Entities(s).FindAsync(item.Id));
        Assert.Equal(Now.Plus(FiveMinutes), renewed!.LeaseExpiresAt);
        Assert.Equal("worker-1", renewed.LeaseOwner);
        Assert.Equal(1, renewed.Attempts);

        Advance(Duration.FromMinutes(3));
        Assert.Empty(await InNewScopeAsync(s => items.Leases(s).ClaimDueAsync(new LeaseClaim("worker-2", 10, FiveMinutes))));
        Advance(Duration.FromMinutes(3));
        Assert.False(await InNewScopeAsync(s => items.Leases(s).RenewLeaseAsync(item.Id, "worker-1", FiveMinutes)));
    }

    private sealed record LeasedStore<T>(
        Func<IAutoMeetStore, IEntityStore<T>> Entities,
        Func<IAutoMeetStore, ILeasedWorkStore<T>> Leases,
        Func<string, Instant, T> Create)
        where T : class, IEntity<T>, ILeasedWork;
}
