using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>An enrollment is found by its campaign and prospect; another pair finds nothing.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindAsync_ByCampaignAndProspect_FindsThatEnrollmentOnly()
    {
        var graph = await SeedGraphAsync();
        var enrollment = await SeedEnrollmentAsync(graph);
        var otherCampaign = await SeedCampaignAsync(graph);

        var found = await InNewScopeAsync(s => s.Enrollments.FindAsync(graph.Campaign.Id, graph.Prospect.Id));
        var none = await InNewScopeAsync(s => s.Enrollments.FindAsync(otherCampaign.Id, graph.Prospect.Id));

        EntityAssert.Equivalent(enrollment, found);
        Assert.Null(none);
    }

    /// <summary>A campaign's enrollments are listed oldest first, page by page; a prospect's across campaigns.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListByCampaignAndByProspect_Enrollments_ReturnOnlyTheirEnrollments()
    {
        var graph = await SeedGraphAsync();
        var otherCampaign = await SeedCampaignAsync(graph);
        var ids = ConformanceData.AscendingIds<Enrollment>(3);
        var inCampaign = new List<Enrollment>();
        foreach (var id in ids)
        {
            var prospect = await SeedProspectAsync(graph.OwnerId);
            inCampaign.Add(await SeedEnrollmentAsync(graph, prospectId: prospect.Id, configure: e => e.Id = id));
            Advance(Duration.FromSeconds(1));
        }

        var elsewhere = await SeedEnrollmentAsync(graph, otherCampaign.Id, inCampaign[0].ProspectId);

        var listed = await InNewScopeAsync(s => s.Enrollments.ListByCampaignAsync(graph.Campaign.Id, PageRequest.First));
        var page = await InNewScopeAsync(s => s.Enrollments.ListByCampaignAsync(graph.Campaign.Id, new PageRequest(1, 1)));
        var byProspect = await InNewScopeAsync(s => s.Enrollments.ListByProspectAsync(inCampaign[0].ProspectId));

        EntityAssert.EquivalentSequence(inCampaign, listed);
        Assert.Equal([ids[1]], page.Select(e => e.Id));
        Assert.Equal(new[] { inCampaign[0].Id, elsewhere.Id }.Order(), byProspect.Select(e => e.Id).Order());
    }

    /// <summary>Only active enrollments due at or before the instant are listed, earliest first, at most the requested number.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListDueAsync_Enrollments_ActiveAndDueEarliestFirstUpToMax()
    {
        var graph = await SeedGraphAsync();
        var dueBy = Instant.FromUtc(2026, 6, 2, 9, 0);
        async Task<Enrollment> EnrollAsync(EnrollmentStatus status, Instant? dueAt)
        {
            var prospect = await SeedProspectAsync(graph.OwnerId);
            return await SeedEnrollmentAsync(graph, prospectId: prospect.Id, configure: e =>
            {
                e.Status = status;
                e.NextStepDueAt = dueAt;
            });
        }

        var atDueBy = await EnrollAsync(EnrollmentStatus.Active, dueBy);
        var earliest = await EnrollAsync(EnrollmentStatus.Active, dueBy.Minus(Duration.FromHours(5)));
        var middle = await EnrollAsync(EnrollmentStatus.Active, dueBy.Minus(Duration.FromHours(1)));
        await EnrollAsync(EnrollmentStatus.Active, dueBy.Plus(Duration.FromNanoseconds(1000)));
        await EnrollAsync(EnrollmentStatus.Active, null);
        await EnrollAsync(EnrollmentStatus.Paused, dueBy.Minus(Duration.FromHours(9)));
        await EnrollAsync(EnrollmentStatus.Snoozed, dueBy.Minus(Duration.FromHours(9)));
        await EnrollAsync(EnrollmentStatus.Completed, dueBy.Minus(Duration.FromHours(9)));
        await EnrollAsync(EnrollmentStatus.Stopped, dueBy.Minus(Duration.FromHours(9)));

        var due = await InNewScopeAsync(s => s.Enrollments.ListDueAsync(dueBy, 10));
        var firstTwo = await InNewScopeAsync(s => s.Enrollments.ListDueAsync(dueBy, 2));

        Assert.Equal([earliest.Id, middle.Id, atDueBy.Id], due.Select(e => e.Id));
        Assert.Equal([earliest.Id, middle.Id], firstTwo.Select(e => e.Id));
    }
}
