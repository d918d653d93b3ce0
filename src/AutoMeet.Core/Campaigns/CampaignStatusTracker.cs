using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>The default <see cref="ICampaignStatusTracker"/> (reads enrollments and their outbox rows page by page).</summary>
internal sealed class CampaignStatusTracker : ICampaignStatusTracker
{
    public async Task<CampaignProgress> GetAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        var byStatus = Enum.GetValues<EnrollmentStatus>().ToDictionary(s => s, _ => 0);
        var byReason = new Dictionary<StopReason, int>();
        int sent = 0, planned = 0, failed = 0, total = 0;
        Instant? next = null, last = null;
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await store.Enrollments.ListByCampaignAsync(campaignId, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            foreach (var enrollment in page)
            {
                total++;
                byStatus[enrollment.Status]++;
                if (enrollment.Status == EnrollmentStatus.Stopped)
                {
                    byReason[enrollment.StopReason] = byReason.GetValueOrDefault(enrollment.StopReason) + 1;
                }

                foreach (var row in await store.Outbox.ListByEnrollmentAsync(enrollment.Id, cancellationToken).ConfigureAwait(false))
                {
                    switch (row.Status)
                    {
                        case OutboxStatus.Sent:
                            sent++;
                            last = row.SentAt > last || last is null ? row.SentAt : last;
                            break;
                        case OutboxStatus.Pending:
                            planned++;
                            next = next is null || row.DueAt < next ? row.DueAt : next;
                            break;
                        case OutboxStatus.Failed:
                            failed++;
                            break;
                    }
                }
            }

            if (page.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        var finished = total > 0 && byStatus[EnrollmentStatus.Completed] + byStatus[EnrollmentStatus.Stopped] == total;
        return new CampaignProgress(campaignId, campaign.Status, byStatus, byReason, sent, planned, failed, next, last, finished);
    }
}
