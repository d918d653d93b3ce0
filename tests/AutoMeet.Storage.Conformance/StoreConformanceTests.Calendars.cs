using AutoMeet.Accounts;
using AutoMeet.Calendars;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    private static readonly Instant CalendarDay = Instant.FromUtc(2026, 6, 3, 9, 0);

    private static Interval Hours(int from, int to) => new(CalendarDay + Duration.FromHours(from), CalendarDay + Duration.FromHours(to));

    private static CalendarSyncUpdate Sync(Id<MailboxAccount> account, string? expected, string next, bool full, params CalendarEventChange[] changes) =>
        new(account, "primary", expected, new CalendarChanges(changes, next, full));

    /// <summary>A first, full sync stores the reported events (not removed or empty ones) and the sync state.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ApplySyncAsync_FirstFullSync_StoresEventsAndToken()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));

        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true,
            new CalendarEventChange("b", Hours(3, 4), IsTransparent: true),
            new CalendarEventChange("a", Hours(1, 2), IsTentative: true),
            new CalendarEventChange("gone", null))));

        var blocks = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], Hours(0, 24)));
        Assert.Equal(["a", "b"], blocks.Select(b => b.EventId));
        Assert.Equal(Hours(1, 2), new Interval(blocks[0].Start, blocks[0].End));
        Assert.True(blocks[0].IsTentative);
        Assert.True(blocks[1].IsTransparent);
        Assert.All(blocks, b => Assert.Equal("primary", b.CalendarId));
        var state = await InNewScopeAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary"));
        Assert.Equal("t1", state!.SyncToken);
        Assert.Equal(Now, state.LastSyncedAt);
        Assert.Equal(Now, state.LastFullSyncAt);
        Assert.Null(await InNewScopeAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "other")));
    }

    /// <summary>An incremental sync moves, removes and adds events (the last report of an event wins) and advances the token.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ApplySyncAsync_Incremental_PatchesEventsAndAdvancesToken()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true,
            new CalendarEventChange("a", Hours(1, 2)), new CalendarEventChange("b", Hours(3, 4)))));
        var fullAt = Now;
        Advance(Duration.FromMinutes(15));

        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, "t1", "t2", false,
            new CalendarEventChange("a", Hours(5, 6)),
            new CalendarEventChange("b", null),
            new CalendarEventChange("c", Hours(7, 8)),
            new CalendarEventChange("c", Hours(7, 9)))));

        var blocks = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, ["primary"], Hours(0, 24)));
        Assert.Equal(["a", "c"], blocks.Select(b => b.EventId));
        Assert.Equal(Hours(5, 6), new Interval(blocks[0].Start, blocks[0].End));
        Assert.Equal(Hours(7, 9), new Interval(blocks[1].Start, blocks[1].End));
        var state = await InNewScopeAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary"));
        Assert.Equal("t2", state!.SyncToken);
        Assert.Equal(Now, state.LastSyncedAt);
        Assert.Equal(fullAt, state.LastFullSyncAt);
    }

    /// <summary>A full re-sync replaces the calendar's stored events; other calendars keep theirs.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ApplySyncAsync_FullResync_ReplacesOnlyThatCalendar()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true,
            new CalendarEventChange("a", Hours(1, 2)), new CalendarEventChange("b", Hours(3, 4)))));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(new CalendarSyncUpdate(account.Id, "team", null,
            new CalendarChanges([new CalendarEventChange("x", Hours(1, 2))], "x1", true))));

        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, "t1", "t9", true,
            new CalendarEventChange("b", Hours(3, 5)))));

        var primary = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, ["primary"], Hours(0, 24)));
        var all = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], Hours(0, 24)));
        Assert.Equal(["b"], primary.Select(b => b.EventId));
        Assert.Equal(Hours(3, 5), new Interval(primary[0].Start, primary[0].End));
        Assert.Equal(["x", "b"], all.Select(b => b.EventId));
    }

    /// <summary>A sync based on a token another sync has moved is refused, and nothing of it is written.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ApplySyncAsync_StaleExpectedToken_ThrowsConcurrencyConflictAndWritesNothing()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true, new CalendarEventChange("a", Hours(1, 2)))));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(
            Sync(account.Id, "t0", "t2", false, new CalendarEventChange("a", null), new CalendarEventChange("b", Hours(3, 4))))));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(
            Sync(account.Id, null, "t3", true, new CalendarEventChange("c", Hours(5, 6))))));

        var blocks = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], Hours(0, 24)));
        Assert.Equal(["a"], blocks.Select(b => b.EventId));
        Assert.Equal("t1", (await InNewScopeAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary")))!.SyncToken);
    }

    /// <summary>Listing keeps blocks overlapping the window (touching ones do not), of the asked calendars and account only.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListBusyAsync_WindowAndCalendars_KeepsOnlyOverlappingBlocksOfThatAccount()
    {
        var owner = ConformanceData.NewOwner();
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(owner));
        var other = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(owner));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true,
            new CalendarEventChange("before", Hours(1, 2)),
            new CalendarEventChange("inside", Hours(2, 3)),
            new CalendarEventChange("after", Hours(4, 5)))));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(other.Id, null, "o1", true, new CalendarEventChange("theirs", Hours(2, 3)))));

        var inWindow = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], Hours(2, 4)));
        var otherCalendar = await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, ["team"], Hours(0, 24)));

        Assert.Equal(["inside"], inWindow.Select(b => b.EventId));
        Assert.Empty(otherCalendar);
    }

    /// <summary>Deleting an account deletes its synced busy time and sync tokens.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_MailboxAccount_DeletesBusyTimeAndSyncState()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));
        await InNewScopeAsync(s => s.CalendarBusy.ApplySyncAsync(Sync(account.Id, null, "t1", true, new CalendarEventChange("a", Hours(1, 2)))));

        Assert.True(await InNewScopeAsync(s => s.MailboxAccounts.DeleteAsync(account.Id)));

        Assert.Empty(await InNewScopeAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], Hours(0, 24))));
        Assert.Null(await InNewScopeAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary")));
    }

    /// <summary>Accounts are listed by status across owners, oldest first, paged.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByStatusAsync_MailboxAccounts_FiltersByStatusAcrossOwnersOldestFirst()
    {
        var first = await AddAsync(s => s.MailboxAccounts, Connected(ConformanceData.MailboxAccount(ConformanceData.NewOwner())));
        Advance(Duration.FromSeconds(1));
        var second = await AddAsync(s => s.MailboxAccounts, Connected(ConformanceData.MailboxAccount(ConformanceData.NewOwner())));
        Advance(Duration.FromSeconds(1));
        var disconnected = ConformanceData.MailboxAccount(ConformanceData.NewOwner());
        disconnected.Status = AccountStatus.Disconnected;
        await AddAsync(s => s.MailboxAccounts, disconnected);

        var connected = await InNewScopeAsync(s => s.MailboxAccounts.ListByStatusAsync(AccountStatus.Connected, PageRequest.First));
        var secondPage = await InNewScopeAsync(s => s.MailboxAccounts.ListByStatusAsync(AccountStatus.Connected, new PageRequest(1, 10)));

        Assert.Equal([first.Id, second.Id], connected.Select(a => a.Id));
        Assert.Equal([second.Id], secondPage.Select(a => a.Id));
        Assert.Equal([disconnected.Id], (await InNewScopeAsync(s => s.MailboxAccounts.ListByStatusAsync(AccountStatus.Disconnected, PageRequest.First))).Select(a => a.Id));
    }

    private static MailboxAccount Connected(MailboxAccount account)
    {
        account.Status = AccountStatus.Connected;
        return account;
    }
}
