using AutoMeet.Meetings;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>
    /// Expired holds of every owner are listed, oldest hold first: proposals and meetings awaiting approval whose hold
    /// lies before the instant given; a hold expiring exactly then, a later one, no hold, or a meeting in another status is not.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListExpiredHoldsAsync_MixedHolds_ListsOnlyExpiredOpenOnesOldestFirst()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedGraphAsync();

        // Far in the past, so that no other test's meeting has a hold that old.
        var now = Instant.FromUtc(2001, 1, 1, 0, 0);
        var start = now + Duration.FromDays(3);
        var awaiting = await SeedHeldMeetingAsync(graph, start, MeetingStatus.AwaitingApproval, now - Duration.FromHours(1));
        var proposed = await SeedHeldMeetingAsync(other, start, MeetingStatus.Proposed, now - Duration.FromHours(2));
        await SeedHeldMeetingAsync(graph, start, MeetingStatus.Proposed, now);
        await SeedHeldMeetingAsync(graph, start, MeetingStatus.Proposed, now + Duration.FromMinutes(1));
        await SeedHeldMeetingAsync(graph, start, MeetingStatus.Proposed, null);
        await SeedHeldMeetingAsync(graph, start, MeetingStatus.Scheduled, now - Duration.FromHours(3));
        await SeedHeldMeetingAsync(graph, start, MeetingStatus.Declined, now - Duration.FromHours(3));

        var listed = await InNewScopeAsync(s => s.Meetings.ListExpiredHoldsAsync(now, PageRequest.First));
        var firstOnly = await InNewScopeAsync(s => s.Meetings.ListExpiredHoldsAsync(now, new PageRequest(0, 1)));

        Assert.Equal([proposed.Id, awaiting.Id], listed.Select(m => m.Id));
        EntityAssert.Equivalent(awaiting, listed[1]);
        Assert.Equal([proposed.Id], firstOnly.Select(m => m.Id));
    }

    /// <summary>Meetings of every owner in the status whose start lies in the interval (start inclusive, end exclusive) are listed by start, one page at a time.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByStatusStartingWithinAsync_Bounds_StartInclusiveEndExclusiveByStart()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedGraphAsync();

        // A year no other test uses, so that the cross-owner listing only meets this test's meetings.
        var t = Instant.FromUtc(2033, 4, 11, 10, 0);
        var hour = Duration.FromHours(1);
        var atStart = await SeedMeetingAsync(graph, t);
        var otherOwner = await SeedMeetingAsync(other, t + hour);
        var last = await SeedMeetingAsync(graph, t + Duration.FromHours(2));
        await SeedMeetingAsync(graph, t + Duration.FromHours(3)); // starts at the end: not listed
        await SeedMeetingAsync(graph, t - Duration.FromMinutes(1));
        await SeedMeetingAsync(graph, t + hour, status: MeetingStatus.Cancelled);
        var window = new Interval(t, t + Duration.FromHours(3));

        var listed = await InNewScopeAsync(s => s.Meetings.ListByStatusStartingWithinAsync(MeetingStatus.Scheduled, window, PageRequest.First));
        var second = await InNewScopeAsync(s => s.Meetings.ListByStatusStartingWithinAsync(MeetingStatus.Scheduled, window, new PageRequest(1, 1)));
        var cancelled = await InNewScopeAsync(s => s.Meetings.ListByStatusStartingWithinAsync(MeetingStatus.Cancelled, window, PageRequest.First));

        Assert.Equal([atStart.Id, otherOwner.Id, last.Id], listed.Select(m => m.Id));
        EntityAssert.Equivalent(atStart, listed[0]);
        Assert.Equal([otherOwner.Id], second.Select(m => m.Id));
        Assert.Single(cancelled);
    }

    /// <summary>The reminders sent and the outcome request instant round-trip, and an update appending a reminder is kept.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Meeting_RemindersSentAndOutcomeRequested_RoundTripThroughUpdates()
    {
        var graph = await SeedGraphAsync();
        var meeting = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, Instant.FromUtc(2026, 6, 8, 10, 0), Duration.FromMinutes(30), calendarAccountId: graph.Mailbox.Id);
        meeting.RemindersSent.Add("86400@1780912800");
        await AddAsync(s => s.Meetings, meeting);

        var stored = await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id));
        Assert.Equal(["86400@1780912800"], stored!.RemindersSent);
        stored.RemindersSent.Add("3600@1780912800");
        stored.OutcomeRequestedAt = Instant.FromUtc(2026, 6, 8, 11, 0);
        await InNewScopeAsync(s => s.Meetings.UpdateAsync(stored));

        var updated = await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id));
        Assert.Equal(["86400@1780912800", "3600@1780912800"], updated!.RemindersSent);
        Assert.Equal(Instant.FromUtc(2026, 6, 8, 11, 0), updated.OutcomeRequestedAt);
    }

    private Task<Meeting> SeedHeldMeetingAsync(ConformanceGraph graph, Instant start, MeetingStatus status, Instant? holdExpiresAt)
    {
        var meeting = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, start, Duration.FromMinutes(30), calendarAccountId: graph.Mailbox.Id);
        meeting.Status = status;
        meeting.HoldExpiresAt = holdExpiresAt;
        return AddAsync(s => s.Meetings, meeting);
    }
}
