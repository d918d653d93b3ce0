using AutoMeet.Campaigns;
using AutoMeet.Storage.EFCore.Model.Rollups;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class CampaignStore(StoreSession session) : EntityStore<Campaign>(session), ICampaignStore
{
    /// <summary>Adds the campaign with an empty, complete event rollup (saved together).</summary>
    protected override void Track(Campaign entity, Instant now)
    {
        base.Track(entity, now);
        Db.Add(new CampaignEventRollup { CampaignId = entity.Id });
    }

    public Task<IReadOnlyList<Campaign>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(c => c.OwnerId == ownerId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id), page), cancellationToken);

    public Task<IReadOnlyList<Campaign>> ListByStatusAsync(CampaignStatus status, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(c => c.Status == status).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id), page), cancellationToken);
}
