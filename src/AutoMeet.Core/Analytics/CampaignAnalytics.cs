using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Analytics;

/// <summary>
/// Implements <see cref="ICampaignAnalytics"/> over the store: bucket boundaries come from NodaTime in the requested
/// zone, the store groups and counts (<see cref="IEmailEventStore.CountByBucketAsync"/>), and
/// <see cref="BucketCountAccumulator"/> folds the rows into <see cref="FunnelCounts"/>.
/// </summary>
/// <remarks>
/// Exactness for every zone: buckets are compared against instants computed from the zone's own rules, never against a
/// fixed UTC offset or UTC-hour groups, so zones with 30- or 45-minute offsets and DST days of 23 or 25 hours are exact.
/// </remarks>
internal sealed partial class CampaignAnalytics(IServiceScopeFactory scopes, IClock clock, IDateTimeZoneProvider zones) : ICampaignAnalytics
{
    /// <summary>The start of "the whole history" for metrics.</summary>
    internal static readonly Instant HistoryStart = Instant.FromUtc(2000, 1, 1, 0, 0);

    public async Task<IReadOnlyList<CampaignMetrics>> GetMetricsAsync(Id<Campaign> campaignId, MetricsGrouping grouping = MetricsGrouping.Campaign, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(grouping))
        {
            throw new AnalyticsValidationException("grouping", grouping.ToString(), "The grouping is not supported; use campaign, step, variant or mailbox.");
        }

        if (grouping == MetricsGrouping.Mailbox)
        {
            return await GetMailboxMetricsAsync(campaignId, cancellationToken).ConfigureAwait(false);
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var campaign = await FindAsync(store, campaignId, "campaignId", cancellationToken).ConfigureAwait(false);
            // Whole UTC hours at both ends, so a store that keeps hourly rollups can answer from them.
            var (from, to) = (HistoryStart, CeilingToHour(clock.GetCurrentInstant() + Duration.FromDays(366)));
            var rows = await store.EmailEvents.CountByBucketAsync(new EmailEventQuery { CampaignId = campaignId }, [from, to], cancellationToken).ConfigureAwait(false);
            var meetings = grouping == MetricsGrouping.Campaign
                ? await MeetingsAsync(store, campaign, from, to, cancellationToken).ConfigureAwait(false)
                : [];
            return Group(campaignId, rows, meetings, grouping);
        }
    }

    public async Task<TimeSeries> GetTimeSeriesAsync(Id<Campaign> campaignId, TimeSeriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = TimeSeriesAggregator.Validate(request, zones);
        var starts = TimeSeriesAggregator.Boundaries(request, zone);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var campaign = await FindAsync(store, campaignId, "campaignId", cancellationToken).ConfigureAwait(false);
            var query = new EmailEventQuery { CampaignId = campaignId, From = request.From, To = request.To };
            var rows = await store.EmailEvents.CountByBucketAsync(query, starts, cancellationToken).ConfigureAwait(false);
            var meetings = await MeetingsAsync(store, campaign, request.From, request.To, cancellationToken).ConfigureAwait(false);

            var accumulators = new BucketCountAccumulator[starts.Count - 1];
            for (var i = 0; i < accumulators.Length; i++)
            {
                accumulators[i] = new BucketCountAccumulator();
            }

            foreach (var row in rows)
            {
                accumulators[row.Bucket].Add(row);
            }

            foreach (var meeting in meetings)
            {
                var index = starts.BinarySearch(meeting.Start);
                accumulators[index >= 0 ? index : ~index - 1].Add(meeting);
            }

            var buckets = new TimeSeriesBucket[accumulators.Length];
            for (var i = 0; i < buckets.Length; i++)
            {
                var zoned = starts[i].InZone(zone);
                buckets[i] = new TimeSeriesBucket(zoned.LocalDateTime, zoned.Offset, starts[i], starts[i + 1], accumulators[i].ToCounts());
            }

            return new TimeSeries(request, buckets);
        }
    }

    private static Instant CeilingToHour(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var intoHour = ((ticks % TimeSpan.TicksPerHour) + TimeSpan.TicksPerHour) % TimeSpan.TicksPerHour;
        return intoHour == 0 ? instant : Instant.FromUnixTimeTicks(ticks - intoHour + TimeSpan.TicksPerHour);
    }

    private static async Task<Campaign> FindAsync(IAutoMeetStore store, Id<Campaign> campaignId, string field, CancellationToken cancellationToken) =>
        await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new AnalyticsValidationException(field, campaignId.ToString(), "No campaign has this id.");

    // Meetings carry the campaign; the store lists them by owner, so the campaign's are picked out here (meetings are few).
    private static async Task<List<Meeting>> MeetingsAsync(IAutoMeetStore store, Campaign campaign, Instant from, Instant to, CancellationToken cancellationToken)
    {
        var meetings = await store.Meetings.ListOverlappingAsync(campaign.OwnerId, new Interval(from, to), [], cancellationToken).ConfigureAwait(false);
        return [.. meetings.Where(m => m.CampaignId == campaign.Id && m.Start >= from && m.Start < to)];
    }

    private static List<CampaignMetrics> Group(Id<Campaign> campaignId, IEnumerable<EmailEventBucketCount> rows, IEnumerable<Meeting> meetings, MetricsGrouping grouping)
    {
        var groups = new Dictionary<MetricsKey, BucketCountAccumulator>();
        BucketCountAccumulator Get(MetricsKey key)
        {
            if (!groups.TryGetValue(key, out var accumulator))
            {
                accumulator = new BucketCountAccumulator();
                groups.Add(key, accumulator);
            }

            return accumulator;
        }

        if (grouping == MetricsGrouping.Campaign)
        {
            Get(new MetricsKey(campaignId, null, null));
        }

        foreach (var row in rows)
        {
            Get(new MetricsKey(
                campaignId,
                grouping == MetricsGrouping.Campaign ? null : row.StepPosition,
                grouping == MetricsGrouping.Variant ? row.Variant : null)).Add(row);
        }

        foreach (var meeting in meetings)
        {
            Get(new MetricsKey(campaignId, null, null)).Add(meeting);
        }

        return [.. groups
            .OrderBy(g => g.Key.StepPosition ?? -1)
            .ThenBy(g => g.Key.Variant, StringComparer.Ordinal)
            .Select(g => new CampaignMetrics(g.Key, g.Value.ToCounts()))];
    }
}
