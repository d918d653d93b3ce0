using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Deleting a campaign deletes its schedule, enrollments and e-mail events, and nothing of other campaigns.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_Campaign_DeletesScheduleEnrollmentsAndEvents()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedCampaignAsync(graph);
        var schedule = await AddAsync(s => s.CampaignSchedules, ConformanceData.CampaignSchedule(graph.Campaign.Id));
        var enrollment = await SeedEnrollmentAsync(graph);
        var otherEnrollment = await SeedEnrollmentAsync(graph, other.Id);
        var emailEvent = await AddAsync(s => s.EmailEvents, ConformanceData.EmailEvent(EmailEventKind.Sent, Now, graph.Campaign.Id, graph.Prospect.Id, enrollment.Id));
        var otherEvent = await AddAsync(s => s.EmailEvents, ConformanceData.EmailEvent(EmailEventKind.Sent, Now, other.Id, graph.Prospect.Id, otherEnrollment.Id));

        Assert.True(await InNewScopeAsync(s => s.Campaigns.DeleteAsync(graph.Campaign.Id)));

        Assert.Null(await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id)));
        Assert.Null(await InNewScopeAsync(s => s.CampaignSchedules.FindAsync(schedule.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Enrollments.FindAsync(enrollment.Id)));
        Assert.Null(await InNewScopeAsync(s => s.EmailEvents.FindAsync(emailEvent.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Enrollments.FindAsync(otherEnrollment.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.EmailEvents.FindAsync(otherEvent.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Prospects.FindAsync(graph.Prospect.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Sequences.FindAsync(graph.Sequence.Id)));
    }

    /// <summary>Deleting a prospect deletes its enrollments, threads with messages, meetings with approvals and events; other prospects keep theirs.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_Prospect_DeletesEnrollmentsThreadsMeetingsApprovalsAndEvents()
    {
        var graph = await SeedGraphAsync();
        var thread = await SeedThreadAsync(graph, campaignId: graph.Campaign.Id);
        var enrollment = await SeedEnrollmentAsync(graph, configure: e => e.ThreadId = thread.Id);
        var meeting = await AddAsync(s => s.Meetings, ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, Now.Plus(Duration.FromDays(2)), Duration.FromMinutes(30), graph.Campaign.Id, thread.Id, graph.Mailbox.Id));
        var approval = await AddAsync(s => s.Approvals, ConformanceData.PendingApproval(meeting.Id, graph.OwnerId, Now.Plus(Duration.FromDays(1))));
        var emailEvent = await AddAsync(s => s.EmailEvents, ConformanceData.EmailEvent(EmailEventKind.Replied, Now, graph.Campaign.Id, graph.Prospect.Id, enrollment.Id, thread.Messages[1].Id));
        var keeper = await SeedProspectAsync(graph.OwnerId);
        var keptThread = await SeedThreadAsync(graph, keeper.Id);
        var keptMeeting = await SeedMeetingAsync(graph, Now.Plus(Duration.FromDays(3)), prospectId: keeper.Id);

        Assert.True(await InNewScopeAsync(s => s.Prospects.DeleteAsync(graph.Prospect.Id)));

        Assert.Null(await InNewScopeAsync(s => s.Prospects.FindAsync(graph.Prospect.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Enrollments.FindAsync(enrollment.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Threads.FindAsync(thread.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Threads.FindByMessageIdAsync(graph.Mailbox.Id, thread.Messages[0].RfcMessageId)));
        Assert.Null(await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id)));
        Assert.Null(await InNewScopeAsync(s => s.Approvals.FindAsync(approval.Id)));
        Assert.Null(await InNewScopeAsync(s => s.EmailEvents.FindAsync(emailEvent.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Threads.FindAsync(keptThread.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Meetings.FindAsync(keptMeeting.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Campaigns.FindAsync(graph.Campaign.Id)));
    }

    /// <summary>Deleting a meeting deletes its approval requests, not other meetings' requests.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_Meeting_DeletesItsApprovalRequests()
    {
        var graph = await SeedGraphAsync();
        var meeting = await SeedMeetingAsync(graph, Now.Plus(Duration.FromDays(1)));
        var other = await SeedMeetingAsync(graph, Now.Plus(Duration.FromDays(2)));
        var approval = await AddAsync(s => s.Approvals, ConformanceData.PendingApproval(meeting.Id, graph.OwnerId, Now.Plus(Duration.FromHours(5))));
        var kept = await AddAsync(s => s.Approvals, ConformanceData.PendingApproval(other.Id, graph.OwnerId, Now.Plus(Duration.FromHours(5))));

        Assert.True(await InNewScopeAsync(s => s.Meetings.DeleteAsync(meeting.Id)));

        Assert.Null(await InNewScopeAsync(s => s.Approvals.FindByTokenHashAsync(approval.TokenHash)));
        Assert.Empty(await InNewScopeAsync(s => s.Approvals.ListByMeetingAsync(meeting.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Approvals.FindAsync(kept.Id)));
    }

    /// <summary>Deleting an unused sequence deletes its steps: a new sequence can reuse the step ids.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_UnusedSequence_DeletesItsSteps()
    {
        var owner = ConformanceData.NewOwner();
        var sequence = await AddAsync(s => s.Sequences, ConformanceData.Sequence(owner));

        Assert.True(await InNewScopeAsync(s => s.Sequences.DeleteAsync(sequence.Id)));

        Assert.Null(await InNewScopeAsync(s => s.Sequences.FindAsync(sequence.Id)));
        Assert.Empty(await InNewScopeAsync(s => s.Sequences.ListByOwnerAsync(owner, PageRequest.First)));
        var reuse = ConformanceData.Sequence(owner, stepCount: 0);
        foreach (var step in sequence.Steps)
        {
            reuse.Steps.Add(ConformanceData.Step(reuse.Id, step.Position, step.Id));
        }

        await AddAsync(s => s.Sequences, reuse);
        Assert.Equal(3, (await InNewScopeAsync(s => s.Sequences.FindAsync(reuse.Id)))!.Steps.Count);
    }

    /// <summary>Deleting calendar settings deletes their rules: new settings can reuse the rule ids.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_CalendarSettings_DeletesTheirRules()
    {
        var owner = ConformanceData.NewOwner();
        var settings = await AddAsync(s => s.CalendarSettings, ConformanceData.CalendarSettings(owner));

        Assert.True(await InNewScopeAsync(s => s.CalendarSettings.DeleteAsync(settings.Id)));

        Assert.Null(await InNewScopeAsync(s => s.CalendarSettings.FindByOwnerAsync(owner)));
        var again = ConformanceData.CalendarSettings(owner);
        foreach (var (rule, old) in again.Rules.Zip(settings.Rules))
        {
            rule.Id = old.Id;
        }

        await AddAsync(s => s.CalendarSettings, again);
        Assert.Equal(3, (await InNewScopeAsync(s => s.CalendarSettings.FindByOwnerAsync(owner)))!.Rules.Count);
    }

    /// <summary>A sequence an enrollment uses cannot be deleted: the delete fails and the sequence, its steps and the enrollment stay.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_SequenceUsedByEnrollment_FailsAndDeletesNothing()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);

        await Assert.ThrowsAnyAsync<Exception>(() => InNewScopeAsync(s => s.Sequences.DeleteAsync(graph.Sequence.Id)));

        EntityAssert.Equivalent(graph.Sequence, await InNewScopeAsync(s => s.Sequences.FindAsync(graph.Sequence.Id)));
        Assert.NotNull(await InNewScopeAsync(s => s.Enrollments.FindAsync(enrollment.Id)));
    }

    /// <summary>Deleting an id that is not stored returns false.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task DeleteAsync_UnknownId_ReturnsFalse()
    {
        await SeedGraphAsync();

        Assert.False(await InNewScopeAsync(s => s.Campaigns.DeleteAsync(Id<Campaign>.New())));
        Assert.False(await InNewScopeAsync(s => s.Prospects.DeleteAsync(Id<Prospect>.New())));
        Assert.False(await InNewScopeAsync(s => s.Sequences.DeleteAsync(Id<OutreachSequence>.New())));
        Assert.False(await InNewScopeAsync(s => s.Threads.DeleteAsync(Id<EmailThread>.New())));
        Assert.False(await InNewScopeAsync(s => s.Approvals.DeleteAsync(Id<ApprovalRequest>.New())));
        Assert.False(await InNewScopeAsync(s => s.CalendarSettings.DeleteAsync(Id<CalendarSettings>.New())));
    }
}
