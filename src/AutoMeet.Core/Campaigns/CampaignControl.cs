using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>The default <see cref="ICampaignControl"/>.</summary>
internal sealed class CampaignControl(IClock clock, IDateTimeZoneProvider zones) : ICampaignControl
{
    private const int Page = PageRequest.MaxTake;

    /// <inheritdoc/>
    public Task<Campaign> ScheduleAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TransitionAsync(store, campaignId, CampaignStatus.Scheduled, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Campaign> UnscheduleAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TransitionAsync(store, campaignId, CampaignStatus.Draft, cancellationToken);
    }

    public async Task<Campaign> PauseAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var campaign = await TransitionAsync(store, campaignId, CampaignStatus.Paused, cancellationToken).ConfigureAwait(false);
        return campaign;
    }

    public async Task<(Campaign Campaign, int Replanned)> ResumeAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var campaign = await TransitionAsync(store, campaignId, CampaignStatus.Active, cancellationToken).ConfigureAwait(false);

        // Release held sends: cancel the pending rows (not those in flight) and let the scheduler plan them again
        // through the distributor, which spreads them over windows, caps and spacing instead of bursting them now.
        var replanned = 0;
        for (var skip = 0; ; skip += Page)
        {
            var enrollments = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(skip, Page), cancellationToken).ConfigureAwait(false);
            foreach (var enrollment in enrollments.Where(e => e.Status == EnrollmentStatus.Active && e.NextStepDueAt is not null))
            {
                var cancelled = await store.Outbox.CancelPendingAsync(enrollment.Id, "campaign resumed: re-planned", cancellationToken).ConfigureAwait(false);
                if (cancelled == 0)
                {
                    continue; // in flight right now: its sender finishes it
                }

                replanned += cancelled;
                await ClearPlanAsync(store, enrollment, cancellationToken).ConfigureAwait(false);
            }

            if (enrollments.Count < Page)
            {
                break;
            }
        }

        return (campaign, replanned);
    }

    private static async Task ClearPlanAsync(IAutoMeetStore store, Enrollment enrollment, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            enrollment.NextStepDueAt = null;
            try
            {
                await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                enrollment = await store.Enrollments.FindAsync(enrollment.Id, cancellationToken).ConfigureAwait(false) ?? enrollment;
            }
        }
    }

    private async Task<Campaign> TransitionAsync(IAutoMeetStore store, Id<Campaign> campaignId, CampaignStatus to, CancellationToken cancellationToken)
    {
        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        var schedule = await store.CampaignSchedules.FindByCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var sequence = campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false) : null;
        var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false);
        var transition = CampaignLifecycle.Check(campaign, to, new CampaignTransitionContext(schedule, sequence, mailboxes.Count, clock.GetCurrentInstant()) { Zones = zones });
        if (!transition.Succeeded)
        {
            throw new InvalidCampaignTransitionException(transition.From, to, transition.Error!);
        }

        transition.ApplyTo(campaign);
        await store.Campaigns.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
        return campaign;
    }
}
