using AutoMeet.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class CampaignStore(StoreSession session) : EntityStore<Campaign>(session), ICampaignStore
{
    public Task<IReadOnlyList<Campaign>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(c => c.OwnerId == ownerId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id), page), cancellationToken);

    public Task<IReadOnlyList<Campaign>> ListByStatusAsync(CampaignStatus status, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(c => c.Status == status).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id), page), cancellationToken);
}
