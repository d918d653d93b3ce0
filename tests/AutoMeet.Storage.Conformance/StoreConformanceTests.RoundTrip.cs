using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A campaign read back in a new unit of work equals the one added, and the store stamped it as new.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_Campaign_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var campaign = ConformanceData.Campaign(graph.OwnerId, graph.Sequence.Id, graph.Mailbox.Id);

        await InNewScopeAsync(s => s.Campaigns.AddAsync(campaign));
        var found = await InNewScopeAsync(s => s.Campaigns.FindAsync(campaign.Id));

        AssertStampedAsNew(campaign);
        EntityAssert.Equivalent(campaign, found);
    }

    /// <summary>A campaign schedule round-trips, local times included.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_CampaignSchedule_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var schedule = ConformanceData.CampaignSchedule(graph.Campaign.Id);

        await InNewScopeAsync(s => s.CampaignSchedules.AddAsync(schedule));
        var found = await InNewScopeAsync(s => s.CampaignSchedules.FindAsync(schedule.Id));

        AssertStampedAsNew(schedule);
        EntityAssert.Equivalent(schedule, found);
    }

    /// <summary>A prospect round-trips, custom fields included.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_Prospect_RoundTripsEveryPropertyAndCustomFields()
    {
        var owner = ConformanceData.NewOwner();
        var prospect = ConformanceData.Prospect(owner);

        await InNewScopeAsync(s => s.Prospects.AddAsync(prospect));
        var found = await InNewScopeAsync(s => s.Prospects.FindAsync(prospect.Id));

        AssertStampedAsNew(prospect);
        EntityAssert.Equivalent(prospect, found);
        Assert.Equal("Scheduling", found!.CustomFields["Pain Point"]);
    }

    /// <summary>A sequence round-trips with its steps, ordered by position.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_SequenceWithSteps_RoundTripsStepsInPositionOrder()
    {
        var owner = ConformanceData.NewOwner();
        var sequence = ConformanceData.Sequence(owner, stepCount: 4);
        var steps = sequence.Steps.ToList();
        sequence.Steps.Clear();
        foreach (var step in steps.OrderByDescending(s => s.Position))
        {
            sequence.Steps.Add(step);
        }

        await InNewScopeAsync(s => s.Sequences.AddAsync(sequence));
        var found = await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id));

        AssertStampedAsNew(sequence);
        EntityAssert.Equivalent(sequence, found);
        Assert.Equal([0, 1, 2, 3], found!.Steps.Select(s => s.Position));
    }

    /// <summary>An enrollment round-trips with every reference and instant.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_Enrollment_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, campaignId: graph.Campaign.Id);
        var enrollment = ConformanceData.Enrollment(graph.Campaign.Id, graph.Prospect.Id, graph.Sequence.Id, graph.Mailbox.Id, thread.Id);
        enrollment.Status = EnrollmentStatus.Snoozed;

        await InNewScopeAsync(s => s.Enrollments.AddAsync(enrollment));
        var found = await InNewScopeAsync(s => s.Enrollments.FindAsync(enrollment.Id));

        AssertStampedAsNew(enrollment);
        EntityAssert.Equivalent(enrollment, found);
    }

    /// <summary>A thread round-trips with its messages, oldest first.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_ThreadWithMessages_RoundTripsMessagesOldestFirst()
    {
        var graph = await SeedGraphAsync();
        var thread = ConformanceData.Thread(graph.Mailbox.Id, graph.Prospect.Id, graph.Campaign.Id, messageCount: 3);

        await InNewScopeAsync(s => s.Threads.AddAsync(thread));
        var found = await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id));

        AssertStampedAsNew(thread);
        EntityAssert.Equivalent(thread, found);
        Assert.Equal(thread.Messages.Select(m => m.Id), found!.Messages.Select(m => m.Id));
    }

    /// <summary>An e-mail event round-trips with every reference.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_EmailEvent_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, campaignId: graph.Campaign.Id);
        var enrollment = await SeedEnrollmentAsync(graph);
        var emailEvent = ConformanceData.EmailEvent(EmailEventKind.Clicked, ConformanceData.PreciseInstant, graph.Campaign.Id, graph.Prospect.Id, enrollment.Id, thread.Messages[0].Id);

        await InNewScopeAsync(s => s.EmailEvents.AddAsync(emailEvent));
        var found = await InNewScopeAsync(s => s.EmailEvents.FindAsync(emailEvent.Id));

        AssertStampedAsNew(emailEvent);
        EntityAssert.Equivalent(emailEvent, found);
    }

    /// <summary>A meeting round-trips with every reference and instant.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_Meeting_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, campaignId: graph.Campaign.Id);
        var meeting = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, ConformanceData.PreciseInstant, Duration.FromMinutes(45), graph.Campaign.Id, thread.Id, graph.Mailbox.Id);

        await InNewScopeAsync(s => s.Meetings.AddAsync(meeting));
        var found = await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id));

        AssertStampedAsNew(meeting);
        EntityAssert.Equivalent(meeting, found);
    }

    /// <summary>Calendar settings round-trip with durations, busy calendar ids (in order) and rules with local dates and times.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_CalendarSettingsWithRules_RoundTripsRulesDurationsAndCalendarIds()
    {
        var settings = ConformanceData.CalendarSettings(ConformanceData.NewOwner());

        await InNewScopeAsync(s => s.CalendarSettings.AddAsync(settings));
        var found = await InNewScopeAsync(s => s.CalendarSettings.FindAsync(settings.Id));

        AssertStampedAsNew(settings);
        EntityAssert.Equivalent(settings, found);
        Assert.Equal(3, found!.Rules.Count);
    }

    /// <summary>An approval request round-trips with its decision.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_ApprovalRequest_RoundTripsEveryProperty()
    {
        var graph = await SeedGraphAsync();
        var meeting = await SeedMeetingAsync(graph, ConformanceData.PreciseInstant);
        var approval = ConformanceData.Approval(meeting.Id, graph.OwnerId, ConformanceData.PreciseInstant);

        await InNewScopeAsync(s => s.Approvals.AddAsync(approval));
        var found = await InNewScopeAsync(s => s.Approvals.FindAsync(approval.Id));

        AssertStampedAsNew(approval);
        EntityAssert.Equivalent(approval, found);
    }

    /// <summary>A notification round-trips with its lease state.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_Notification_RoundTripsEveryPropertyAndLeaseState()
    {
        var notification = ConformanceData.Notification(ConformanceData.NewOwner(), ConformanceData.PreciseInstant, deduplicationKey: "approval:m-1");
        notification.LeaseOwner = "worker-7";
        notification.LeaseExpiresAt = ConformanceData.PreciseInstant.Plus(Duration.FromMinutes(5));
        notification.Attempts = 3;
        notification.CompletedAt = ConformanceData.PreciseInstant.Plus(Duration.FromMinutes(1));
        notification.LastError = "webhook returned 503";

        await InNewScopeAsync(s => s.Notifications.AddAsync(notification));
        var found = await InNewScopeAsync(s => s.Notifications.FindAsync(notification.Id));

        AssertStampedAsNew(notification);
        EntityAssert.Equivalent(notification, found);
    }

    /// <summary>A mailbox account round-trips, encrypted tokens included.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_MailboxAccount_RoundTripsEveryPropertyAndEncryptedTokens()
    {
        var account = ConformanceData.MailboxAccount(ConformanceData.NewOwner());

        await InNewScopeAsync(s => s.MailboxAccounts.AddAsync(account));
        var found = await InNewScopeAsync(s => s.MailboxAccounts.FindAsync(account.Id));

        AssertStampedAsNew(account);
        EntityAssert.Equivalent(account, found);
        Assert.Equal(account.RefreshToken!.Value.CipherText, found!.RefreshToken!.Value.CipherText);
    }

    /// <summary>A suppression entry round-trips.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_SuppressionEntry_RoundTripsEveryProperty()
    {
        var entry = ConformanceData.Suppression(ConformanceData.NewOwner(), SuppressionKind.Domain, "competitor.example");

        await InNewScopeAsync(s => s.Suppressions.AddAsync(entry));
        var found = await InNewScopeAsync(s => s.Suppressions.FindAsync(entry.Id));

        AssertStampedAsNew(entry);
        EntityAssert.Equivalent(entry, found);
    }

    /// <summary>An audit entry appended to a chain round-trips through the audit log.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AppendAsync_AuditEntry_RoundTripsEveryProperty()
    {
        var owner = ConformanceData.NewOwner();
        var first = ConformanceData.AuditEntry(owner, 1);
        var second = ConformanceData.AuditEntry(owner, 2);

        await InNewScopeAsync(s => s.AuditLog.AppendAsync(first));
        await InNewScopeAsync(s => s.AuditLog.AppendAsync(second));
        var found = await InNewScopeAsync(s => s.AuditLog.GetLastAsync(owner));

        AssertStampedAsNew(second);
        EntityAssert.Equivalent(second, found);
    }

    /// <summary>A work item round-trips with its lease state.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task AddAsync_WorkItem_RoundTripsEveryPropertyAndLeaseState()
    {
        var item = ConformanceData.WorkItem("send-step", key: null, ConformanceData.PreciseInstant);
        item.LeaseOwner = "worker-3";
        item.LeaseExpiresAt = ConformanceData.PreciseInstant.Plus(Duration.FromMinutes(2));
        item.Attempts = 2;
        item.CompletedAt = ConformanceData.PreciseInstant.Plus(Duration.FromSeconds(30));
        item.LastError = "smtp timeout";

        await InNewScopeAsync(s => s.WorkQueue.AddAsync(item));
        var found = await InNewScopeAsync(s => s.WorkQueue.FindAsync(item.Id));

        AssertStampedAsNew(item);
        EntityAssert.Equivalent(item, found);
    }

    /// <summary>Finding an id that was never stored returns null.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        await SeedGraphAsync();

        Assert.Null(await InNewScopeAsync(s => s.Campaigns.FindAsync(Id<Campaign>.New())));
        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(Id<Prospect>.New())));
        Assert.Null(await InNewScopeAsync(s => s.Sequences.FindAsync(Id<OutreachSequence>.New())));
        Assert.Null(await InNewScopeAsync(s => s.WorkQueue.FindAsync(Id<WorkItem>.New())));
    }
}
