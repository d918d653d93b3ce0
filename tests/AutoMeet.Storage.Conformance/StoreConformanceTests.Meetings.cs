using AutoMeet.Meetings;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>Meetings that only touch the interval's edges do not overlap it; the ones that do are listed by start.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListOverlappingAsync_TouchingMeetings_AreNotListed()
    {
        var graph = await SeedGraphAsync();
        var t = Instant.FromUtc(2026, 6, 8, 10, 0);
        var hour = Duration.FromHours(1);
        var inside = await SeedMeetingAsync(graph, t.Plus(Duration.FromMinutes(15)), Duration.FromMinutes(30));
        var endsAfterStart = await SeedMeetingAsync(graph, t.Minus(Duration.FromMinutes(30)), hour);
        var startsBeforeEnd = await SeedMeetingAsync(graph, t.Plus(Duration.FromMinutes(59)), hour);
        var covering = await SeedMeetingAsync(graph, t.Minus(hour), Duration.FromHours(3));
        await SeedMeetingAsync(graph, t.Minus(hour), hour);
        await SeedMeetingAsync(graph, t.Plus(hour), hour);

        var listed = await InNewScopeAsync(s => s.Meetings.ListOverlappingAsync(graph.OwnerId, new Interval(t, t.Plus(hour)), []));

        Assert.Equal([covering.Id, endsAfterStart.Id, inside.Id, startsBeforeEnd.Id], listed.Select(m => m.Id));
        EntityAssert.Equivalent(inside, listed[2]);
    }

    /// <summary>The status filter keeps only the given statuses, and other owners' meetings are never listed.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListOverlappingAsync_StatusFilter_KeepsOnlyThoseStatusesOfTheOwner()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedGraphAsync();
        var t = Instant.FromUtc(2026, 6, 8, 10, 0);
        var scheduled = await SeedMeetingAsync(graph, t, status: MeetingStatus.Scheduled);
        var proposed = await SeedMeetingAsync(graph, t.Plus(Duration.FromMinutes(10)), status: MeetingStatus.Proposed);
        var cancelled = await SeedMeetingAsync(graph, t.Plus(Duration.FromMinutes(20)), status: MeetingStatus.Cancelled);
        await SeedMeetingAsync(other, t, status: MeetingStatus.Scheduled);
        var day = new Interval(t.Minus(Duration.FromHours(2)), t.Plus(Duration.FromHours(8)));

        var busy = await InNewScopeAsync(s => s.Meetings.ListOverlappingAsync(graph.OwnerId, day, [MeetingStatus.Scheduled, MeetingStatus.Proposed]));
        var all = await InNewScopeAsync(s => s.Meetings.ListOverlappingAsync(graph.OwnerId, day, []));

        Assert.Equal([scheduled.Id, proposed.Id], busy.Select(m => m.Id));
        Assert.Equal([scheduled.Id, proposed.Id, cancelled.Id], all.Select(m => m.Id));
    }

    /// <summary>A prospect's meetings are listed by start.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByProspectAsync_Meetings_OrderedByStart()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedProspectAsync(graph.OwnerId);
        var t = Instant.FromUtc(2026, 6, 8, 10, 0);
        var later = await SeedMeetingAsync(graph, t.Plus(Duration.FromDays(2)));
        var earlier = await SeedMeetingAsync(graph, t);
        await SeedMeetingAsync(graph, t.Plus(Duration.FromDays(1)), prospectId: other.Id);

        var listed = await InNewScopeAsync(s => s.Meetings.ListByProspectAsync(graph.Prospect.Id));

        EntityAssert.EquivalentSequence([earlier, later], listed);
    }
}
