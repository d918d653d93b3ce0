using AutoMeet.Campaigns;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class CampaignScheduleStore(StoreSession session) : EntityStore<CampaignSchedule>(session), ICampaignScheduleStore
{
    public Task<CampaignSchedule?> FindByCampaignAsync(Id<Campaign> campaignId, CancellationToken cancellationToken = default) =>
        Query.FirstOrDefaultAsync(s => s.CampaignId == campaignId, cancellationToken);

    public Task<IReadOnlyList<CampaignSchedule>> ListStartingAsync(Instant from, Instant to, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(
            Page(Query.Where(s => s.StartAt != null && s.StartAt >= from && s.StartAt < to).OrderBy(s => s.StartAt).ThenBy(s => s.Id), page),
            cancellationToken);
}
