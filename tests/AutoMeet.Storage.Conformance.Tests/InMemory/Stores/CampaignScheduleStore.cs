using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class CampaignScheduleStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<CampaignSchedule>(session), ICampaignScheduleStore
{
    public Task<CampaignSchedule?> FindByCampaignAsync(Id<Campaign> campaignId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.CampaignSchedules.Rows.SingleOrDefault(s => s.CampaignId == campaignId)), cancellationToken);

    public Task<IReadOnlyList<CampaignSchedule>> ListStartingAsync(Instant from, Instant to, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => Page(t.CampaignSchedules.Rows.Where(s => s.StartAt >= from && s.StartAt < to).OrderBy(s => s.StartAt).ThenBy(s => s.Id), page),
            cancellationToken);

    protected override Table<CampaignSchedule> TableOf(InMemoryTables tables) => tables.CampaignSchedules;

    protected override void CheckUnique(InMemoryTables tables, CampaignSchedule row) =>
        Unique(tables.CampaignSchedules.Rows.Any(s => s.Id != row.Id && s.CampaignId == row.CampaignId), $"campaign {row.CampaignId} already has a schedule.");
}
