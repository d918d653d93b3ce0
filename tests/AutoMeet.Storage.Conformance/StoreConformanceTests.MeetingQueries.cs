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

    /// <summary>
    /// A proposal's held slots round-trip in order with their exact instants, an update replacing them is kept, and a
    /// meeting stored without any reads back an empty list (not null).
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task Meeting_HeldSlots_RoundTripInOrderThroughUpdates()
    {
        var graph = await SeedGraphAsync();
        var first = new Interval(ConformanceData.PreciseInstant, ConformanceData.PreciseInstant.Plus(Duration.FromMinutes(30)));
        var earlier = new Interval(Instant.FromUtc(2026, 6, 2, 14, 0), Instant.FromUtc(2026, 6, 2, 14, 30));
        var later = new Interval(Instant.FromUtc(2026, 6, 4, 8, 0), Instant.FromUtc(2026, 6, 4, 8, 30));
        var meeting = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, first.Start, Duration.FromMinutes(30), calendarAccountId: graph.Mailbox.Id);
        meeting.Status = MeetingStatus.Proposed;
        meeting.HeldSlots = [first, later, earlier];
        var plain = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, Instant.FromUtc(2026, 6, 9, 10, 0), Duration.FromMinutes(30));
        await AddAsync(s => s.Meetings, meeting);
        await AddAsync(s => s.Meetings, plain);

        var stored = await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id));
        EntityAssert.Equivalent(meeting, stored);
        Assert.Equal([first, later, earlier], stored!.HeldSlots);
        stored.HeldSlots = [first];
        await InNewScopeAsync(s => s.Meetings.UpdateAsync(stored));
        var updated = await InNewScopeAsync(s => s.Meetings.FindAsync(meeting.Id));
        var listed = await InNewScopeAsync(s => s.Meetings.ListOverlappingAsync(graph.OwnerId, new Interval(first.Start, first.End), [MeetingStatus.Proposed]));
        var withoutHolds = await InNewScopeAsync(s => s.Meetings.FindAsync(plain.Id));

        Assert.Equal([first], updated!.HeldSlots);
        Assert.Equal([first], Assert.Single(listed).HeldSlots);
        Assert.NotNull(withoutHolds!.HeldSlots);
        Assert.Empty(withoutHolds.HeldSlots);
    }

    private Task<Meeting> SeedHeldMeetingAsync(ConformanceGraph graph, Instant start, MeetingStatus status, Instant? holdExpiresAt)
    {
        var meeting = ConformanceData.Meeting(graph.OwnerId, graph.Prospect.Id, start, Duration.FromMinutes(30), calendarAccountId: graph.Mailbox.Id);
        meeting.Status = status;
        meeting.HoldExpiresAt = holdExpiresAt;
        return AddAsync(s => s.Meetings, meeting);
    }
}
