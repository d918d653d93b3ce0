using AutoMeet.Accounts;
using AutoMeet.Approvals;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>An owner's calendar settings are found with their rules; another owner finds nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByOwnerAsync_CalendarSettings_FindsOwnersSettingsWithRules()
    {
        var owner = ConformanceData.NewOwner();
        var settings = await AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(owner));
        await AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(ConformanceData.NewOwner()));

        var found = await InNewScopeAsync(s => s.CalendarSettings.FindByOwnerAsync(owner));
        var none = await InNewScopeAsync(s => s.CalendarSettings.FindByOwnerAsync(ConformanceData.NewOwner()));

        EntityAssert.Equivalent(settings, found);
        Assert.Null(none);
    }

    /// <summary>An approval request is found by its token hash; an unknown hash finds nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByTokenHashAsync_KnownAndUnknownHash_FindsOnlyTheMatchingRequest()
    {
        var graph = await SeedGraphAsync();
        var meeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant);
        var approval = await AddAsync(s => s.Approvals, ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant));
        await AddAsync(s => s.Approvals, ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant));

        var found = await InNewScopeAsync(s => s.Approvals.FindByTokenHashAsync(approval.TokenHash));
        var none = await InNewScopeAsync(s => s.Approvals.FindByTokenHashAsync("sha256:unknown"));

        EntityAssert.Equivalent(approval, found);
        Assert.Null(none);
    }

    /// <summary>A meeting's approval requests are listed oldest first.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByMeetingAsync_Approvals_OldestFirstForThatMeeting()
    {
        var graph = await SeedGraphAsync();
        var meeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant);
        var otherMeeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant.Plus(Duration.FromDays(1)));
        var ids = ConformanceData.AscendingIds<ApprovalRequest>(2);
        var first = ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant);
        first.Id = ids[0];
        var second = ConformanceData.PendingApproval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant);
        second.Id = ids[1];
        await AddAsync(s => s.Approvals, first);
        Advance(Duration.FromSeconds(1));
        await AddAsync(s => s.Approvals, second);
        await AddAsync(s => s.Approvals, ConformanceData.Approval(otherMeeting.Id, graph.OwnerId, ConformanceData.PreciseInstant));

        var listed = await InNewScopeAsync(s => s.Approvals.ListByMeetingAsync(meeting.Id));

        EntityAssert.EquivalentSequence([first, second], listed);
    }

    /// <summary>Only pending requests expiring at or before the instant are listed, earliest first, page by page.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListPendingExpiringAsync_Approvals_PendingAndExpiringEarliestFirstPaged()
    {
        var graph = await SeedGraphAsync();
        var meeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant);
        var by = Instant.FromUtc(2026, 6, 5, 12, 0);
        async Task<ApprovalRequest> PendingAsync(Instant expiresAt) =>
            await AddAsync(s => s.Approvals, ConformanceData.PendingApproval(meeting.Id, graph.OwnerId, expiresAt));

        var atBy = await PendingAsync(by);
        var earliest = await PendingAsync(by.Minus(Duration.FromDays(2)));
        var middle = await PendingAsync(by.Minus(Duration.FromHours(1)));
        await PendingAsync(by.Plus(Duration.FromNanoseconds(1000)));
        await AddAsync(s => s.Approvals, ConformanceData.Approval(meeting.Id, graph.OwnerId, by.Minus(Duration.FromDays(3))));

        var listed = await InNewScopeAsync(s => s.Approvals.ListPendingExpiringAsync(by, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Approvals.ListPendingExpiringAsync(by, new PageRequest(1, 1)));

        Assert.Equal([earliest.Id, middle.Id, atBy.Id], listed.Select(a => a.Id));
        Assert.Equal([middle.Id], page.Select(a => a.Id));
    }

    /// <summary>An owner's mailbox accounts are listed oldest first, without other owners' accounts.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByOwnerAsync_MailboxAccounts_OldestFirstOwnerOnly()
    {
        var owner = ConformanceData.NewOwner();
        var ids = ConformanceData.AscendingIds<MailboxAccount>(3);
        var accounts = new List<MailboxAccount>();
        foreach (var id in ids)
        {
            var account = ConformanceData.MailboxAccount(owner);
            account.Id = id;
            accounts.Add(await AddAsync(s => s.MailboxAccounts, account));
            Advance(Duration.FromSeconds(1));
        }

        await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner()));

        var listed = await InNewScopeAsync(s => s.MailboxAccounts.ListByOwnerAsync(owner));

        EntityAssert.EquivalentSequence(accounts, listed);
    }

    /// <summary>An account is found by provider and address in any case; the same address under another provider is not.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindByEmailAsync_MailboxAddressInOtherCase_FindsAccountOfThatProvider()
    {
        var account = await AddAsync(s => s.MailboxAccounts, ConformanceData.MailboxAccount(ConformanceData.NewOwner(), "ada.owner@owner.example"));

        var found = await InNewScopeAsync(s => s.MailboxAccounts.FindByEmailAsync(MailProvider.Google, "Ada.Owner@OWNER.example"));
        var otherProvider = await InNewScopeAsync(s => s.MailboxAccounts.FindByEmailAsync(MailProvider.Sandbox, "ada.owner@owner.example"));

        EntityAssert.Equivalent(account, found);
        Assert.Null(otherProvider);
    }
}
