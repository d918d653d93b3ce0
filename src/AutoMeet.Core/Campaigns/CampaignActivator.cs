using System.Globalization;
using AutoMeet.Notifications;
using AutoMeet.Storage;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Campaigns;

/// <summary>The default <see cref="ICampaignActivator"/>.</summary>
internal sealed class CampaignActivator(IClock clock, IDateTimeZoneProvider zones) : ICampaignActivator
{
    /// <summary>How long before a scheduled start the owner is told.</summary>
    public static readonly Duration NoticeLead = Duration.FromHours(24);

    /// <summary>The notification kind of the "starts in 24 hours" notice.</summary>
    public const string StartingKind = "campaign.starting";

    /// <summary>The notification kind of the "could not start" notice.</summary>
    public const string NotReadyKind = "campaign.not-ready";

    private const int Page = 100;

    public async Task<CampaignActivationReport> RunAsync(IAutoMeetStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = clock.GetCurrentInstant();
        var scheduled = new List<Campaign>();
        for (var skip = 0; ; skip += Page)
        {
            var page = await store.Campaigns.ListByStatusAsync(CampaignStatus.Scheduled, new PageRequest(skip, Page), cancellationToken).ConfigureAwait(false);
            scheduled.AddRange(page);
            if (page.Count < Page)
            {
                break;
            }
        }

        var report = new CampaignActivationReport(0, 0, 0);
        foreach (var campaign in scheduled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var schedule = await store.CampaignSchedules.FindByCampaignAsync(campaign.Id, cancellationToken).ConfigureAwait(false);
            var startAt = schedule?.StartAt ?? now;
            if (startAt <= now)
            {
                var sequence = campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false) : null;
                var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false);
                var transition = CampaignLifecycle.Check(campaign, CampaignStatus.Active, new CampaignTransitionContext(schedule, sequence, mailboxes.Count, now) { Zones = zones });
                if (transition.Succeeded)
                {
                    transition.ApplyTo(campaign);
                    try
                    {
                        await store.Campaigns.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
                        report = report with { Activated = report.Activated + 1 };
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Changed meanwhile (paused, edited): the next run looks again.
                    }
                }
                else
                {
                    var queued = await store.Notifications.EnqueueAsync(
                        new Notification
                        {
                            OwnerId = campaign.OwnerId,
                            Kind = NotReadyKind,
                            Channel = NotificationChannel.Email,
                            Subject = $"Campaign \"{campaign.Name}\" could not start",
                            Body = $"Your campaign \"{campaign.Name}\" was due to start at {Format(startAt, schedule)} but cannot: {transition.Error} Fix it and it will start on the next check.",
                            DeduplicationKey = $"campaign-not-ready:{campaign.Id}:{campaign.Version}",
                            DueAt = now,
                        },
                        cancellationToken).ConfigureAwait(false);
                    report = report with { NotReady = report.NotReady + 1, NoticesQueued = report.NoticesQueued + (queued ? 1 : 0) };
                }

                continue;
            }

            if (schedule is { StartNoticeSentAt: null } && startAt - NoticeLead <= now)
            {
                var queued = await store.ExecuteInTransactionAsync(
                    async token =>
                    {
                        var added = await store.Notifications.EnqueueAsync(
                            new Notification
                            {
                                OwnerId = campaign.OwnerId,
                                Kind = StartingKind,
                                Channel = NotificationChannel.Email,
                                Subject = $"Campaign \"{campaign.Name}\" starts in 24 hours",
                                Body = $"Your campaign \"{campaign.Name}\" starts sending at {Format(startAt, schedule)}. Pause or edit it before then if anything should change.",
                                DeduplicationKey = $"campaign-starting:{campaign.Id}:{startAt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)}",
                                DueAt = now,
                            },
                            token).ConfigureAwait(false);
                        schedule.StartNoticeSentAt = now;
                        await store.CampaignSchedules.UpdateAsync(schedule, token).ConfigureAwait(false);
                        return added;
                    },
                    cancellationToken).ConfigureAwait(false);
                report = report with { NoticesQueued = report.NoticesQueued + (queued ? 1 : 0) };
            }
        }

        return report;
    }

    private string Format(Instant instant, CampaignSchedule? schedule)
    {
        var zone = schedule is null ? null : zones.GetZoneOrNull(schedule.TimeZoneId);
        return zone is null
            ? InstantPattern.General.Format(instant)
            : ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm '('z')'", zones).Format(instant.InZone(zone));
    }
}
