using AutoMeet.Campaigns;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class CampaignStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<Campaign>(session), ICampaignStore
{
    public Task<IReadOnlyList<Campaign>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Campaigns.Rows.Where(c => c.OwnerId == ownerId)), page), cancellationToken);

    public Task<IReadOnlyList<Campaign>> ListByStatusAsync(CampaignStatus status, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Campaigns.Rows.Where(c => c.Status == status)), page), cancellationToken);

    protected override Table<Campaign> TableOf(InMemoryTables tables) => tables.Campaigns;

    protected override void OnDeleting(InMemoryTables tables, Campaign row)
    {
        tables.CampaignSchedules.RemoveWhere(s => s.CampaignId == row.Id);
        tables.Outbox.RemoveWhere(o => o.CampaignId == row.Id);
        tables.Enrollments.RemoveWhere(e => e.CampaignId == row.Id);
        foreach (var decision in tables.ReplyDecisions.Rows.Where(d => d.CampaignId == row.Id).ToList())
        {
            var copy = EntityCopy.Of(decision);
            copy.CampaignId = null;
            copy.EnrollmentId = null;
            tables.ReplyDecisions.Put(copy);
        }

        foreach (var draft in tables.ReplyDrafts.Rows.Where(d => d.CampaignId == row.Id).ToList())
        {
            var copy = EntityCopy.Of(draft);
            copy.CampaignId = null;
            tables.ReplyDrafts.Put(copy);
        }

        tables.EmailEvents.RemoveWhere(e => e.CampaignId == row.Id);
    }
}
