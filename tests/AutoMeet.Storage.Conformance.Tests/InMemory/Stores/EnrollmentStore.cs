using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class EnrollmentStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<Enrollment>(session), IEnrollmentStore
{
    public Task<Enrollment?> FindAsync(Id<Campaign> campaignId, Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.Enrollments.Rows.SingleOrDefault(e => e.CampaignId == campaignId && e.ProspectId == prospectId)), cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListByCampaignAsync(Id<Campaign> campaignId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Enrollments.Rows.Where(e => e.CampaignId == campaignId)), page), cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(InCreationOrder(t.Enrollments.Rows.Where(e => e.ProspectId == prospectId))), cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListDueAsync(Instant dueBy, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, PageRequest.MaxTake);
        return Session.ReadAsync(
            t => Page(
                t.Enrollments.Rows
                    .Where(e => e.Status == EnrollmentStatus.Active && e.NextStepDueAt <= dueBy)
                    .OrderBy(e => e.NextStepDueAt)
                    .ThenBy(e => e.Id),
                new PageRequest(0, maxItems)),
            cancellationToken);
    }

    protected override Table<Enrollment> TableOf(InMemoryTables tables) => tables.Enrollments;

    protected override void OnDeleting(InMemoryTables tables, Enrollment row)
    {
        tables.Outbox.RemoveWhere(o => o.EnrollmentId == row.Id);
        foreach (var decision in tables.ReplyDecisions.Rows.Where(d => d.EnrollmentId == row.Id).ToList())
        {
            var copy = EntityCopy.Of(decision);
            copy.EnrollmentId = null;
            tables.ReplyDecisions.Put(copy);
        }
    }

    protected override void CheckUnique(InMemoryTables tables, Enrollment row) =>
        Unique(
            tables.Enrollments.Rows.Any(e => e.Id != row.Id && e.CampaignId == row.CampaignId && e.ProspectId == row.ProspectId),
            $"prospect {row.ProspectId} is already enrolled in campaign {row.CampaignId}.");
}
