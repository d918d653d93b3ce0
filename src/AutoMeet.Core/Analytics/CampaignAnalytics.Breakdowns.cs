using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Analytics;

/// <summary>The per-mailbox and per-owner breakdowns of <see cref="CampaignAnalytics"/>.</summary>
internal sealed partial class CampaignAnalytics
{
    public async Task<CampaignMetrics> GetOwnerMetricsAsync(UserId ownerId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ownerId.Value))
        {
            throw new AnalyticsValidationException("ownerId", ownerId.Value, "The owner is required.");
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var campaigns = await OwnerCampaignsAsync(store, ownerId, cancellationToken).ConfigureAwait(false);
            // An owner without campaigns (a new user) has nothing to count: zeros, not an error.
            var (from, to) = (HistoryStart, CeilingToHour(clock.GetCurrentInstant() + Duration.FromDays(366)));
            var parts = new List<FunnelCounts>(campaigns.Count);
            foreach (var campaign in campaigns)
            {
                var rows = await store.EmailEvents.CountByBucketAsync(new EmailEventQuery { CampaignId = campaign.Id }, [from, to], cancellationToken).ConfigureAwait(false);
                var accumulator = new BucketCountAccumulator();
                foreach (var row in rows)
                {
                    accumulator.Add(row);
                }

                parts.Add(accumulator.ToCounts());
            }

            // The owner's meetings are listed once and kept when they belong to one of the owner's campaigns.
            var ids = campaigns.Select(c => c.Id).ToHashSet();
            var meetings = new FunnelAccumulator();
            foreach (var meeting in await store.Meetings.ListOverlappingAsync(ownerId, new Interval(from, to), [], cancellationToken).ConfigureAwait(false))
            {
                if (meeting.CampaignId is { } campaignId && ids.Contains(campaignId) && meeting.Start >= from && meeting.Start < to)
                {
                    meetings.Add(meeting);
                }
            }

            return new CampaignMetrics(new MetricsKey(null, null, null), Sum(parts, meetings.ToCounts()));
        }
    }

    private static async Task<List<Campaign>> OwnerCampaignsAsync(IAutoMeetStore store, UserId ownerId, CancellationToken cancellationToken)
    {
        var campaigns = new List<Campaign>();
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await store.Campaigns.ListByOwnerAsync(ownerId, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            campaigns.AddRange(page);
            if (page.Count < PageRequest.MaxTake)
            {
                return campaigns;
            }
        }
    }

    // E-mail counts are summed campaign by campaign; the meeting counts come from the owner's meetings, counted once.
    private static FunnelCounts Sum(List<FunnelCounts> parts, FunnelCounts meetings) => meetings with
    {
        Sent = parts.Sum(p => p.Sent),
        Delivered = parts.Sum(p => p.Delivered),
        DeliveredInferred = parts.Exists(p => p.DeliveredInferred && p.Sent > 0) || parts.TrueForAll(p => p.DeliveredInferred),
        Bounced = parts.Sum(p => p.Bounced),
        Opened = parts.Sum(p => p.Opened),
        Clicked = parts.Sum(p => p.Clicked),
        Replied = parts.Sum(p => p.Replied),
        PositiveReplies = parts.Sum(p => p.PositiveReplies),
        OutOfOfficeReplies = parts.Sum(p => p.OutOfOfficeReplies),
        Unsubscribed = parts.Sum(p => p.Unsubscribed),
        Complained = parts.Sum(p => p.Complained),
    };

    // Reads the campaign's raw events a page at a time, then looks up the threads of the prospects they mention once per
    // prospect, mapping each stored message to its thread's mailbox.
    private async Task<IReadOnlyList<CampaignMetrics>> GetMailboxMetricsAsync(Id<Campaign> campaignId, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            await FindAsync(store, campaignId, "campaignId", cancellationToken).ConfigureAwait(false);
            var events = new List<EmailEvent>();
            var query = new EmailEventQuery { CampaignId = campaignId };
            for (var skip = 0; ; skip += PageRequest.MaxTake)
            {
                var page = await store.EmailEvents.ListAsync(query, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
                events.AddRange(page);
                if (page.Count < PageRequest.MaxTake)
                {
                    break;
                }
            }

            var mailboxes = new Dictionary<Id<EmailMessage>, Id<MailboxAccount>>();
            var prospects = new HashSet<Id<Prospect>>();
            foreach (var e in events)
            {
                if (e.MessageId is not null && e.ProspectId is { } prospectId && prospects.Add(prospectId))
                {
                    foreach (var thread in await store.Threads.ListByProspectAsync(prospectId, cancellationToken).ConfigureAwait(false))
                    {
                        foreach (var message in thread.Messages)
                        {
                            mailboxes[message.Id] = thread.MailboxAccountId;
                        }
                    }
                }
            }

            var groups = new Dictionary<MetricsKey, FunnelAccumulator>();
            foreach (var e in events)
            {
                Id<MailboxAccount>? mailbox = e.MessageId is { } messageId && mailboxes.TryGetValue(messageId, out var found) ? found : null;
                var key = new MetricsKey(campaignId, null, null, mailbox);
                if (!groups.TryGetValue(key, out var accumulator))
                {
                    accumulator = new FunnelAccumulator();
                    groups.Add(key, accumulator);
                }

                accumulator.Add(e);
            }

            return [.. groups
                .OrderBy(g => g.Key.MailboxAccountId is null ? 0 : 1)
                .ThenBy(g => g.Key.MailboxAccountId?.Value ?? Guid.Empty)
                .Select(g => new CampaignMetrics(g.Key, g.Value.ToCounts()))];
        }
    }
}
