using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class EnrollmentStore(StoreSession session) : EntityStore<Enrollment>(session), IEnrollmentStore
{
    public Task<Enrollment?> FindAsync(Id<Campaign> campaignId, Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Query.FirstOrDefaultAsync(e => e.CampaignId == campaignId && e.ProspectId == prospectId, cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListByCampaignAsync(Id<Campaign> campaignId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(e => e.CampaignId == campaignId).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id), page), cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(e => e.ProspectId == prospectId).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id), cancellationToken);

    public Task<IReadOnlyList<Enrollment>> ListDueAsync(Instant dueBy, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, PageRequest.MaxTake);
        return ListAsync(
            Query.Where(e => e.Status == EnrollmentStatus.Active && e.NextStepDueAt != null && e.NextStepDueAt <= dueBy)
                .OrderBy(e => e.NextStepDueAt).ThenBy(e => e.Id).Take(maxItems),
            cancellationToken);
    }
}
