using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;

namespace AutoMeet.Analytics;

/// <summary>
/// Answers analytics questions about stored campaigns: metrics, time series in the owner's zone and comparisons.
/// Counting is done by the store (<see cref="Messaging.IEmailEventStore.CountByBucketAsync"/>, a SQL <c>GROUP BY</c>
/// on the EF store, answered from its incrementally maintained hourly rollup whenever the buckets are whole UTC hours),
/// so answers stay fast at millions of events.
/// </summary>
/// <remarks>Thread-safe: each call opens its own store scope.</remarks>
public interface ICampaignAnalytics
{
    /// <summary>Computes a campaign's metrics over its whole history, one row per campaign, step, variant or sending mailbox.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="grouping">
    /// How to group (meetings are counted in the campaign grouping only). <see cref="MetricsGrouping.Mailbox"/> reads the
    /// campaign's raw events a page at a time and looks up the threads of their prospects, so it is slower than the other
    /// groupings, which the store answers from its rollup; it counts with the event-by-event rules of
    /// <see cref="CampaignMetricsCalculator"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// The rows, ordered by step, variant then mailbox (the <see langword="null"/> mailbox first); a campaign without
    /// events has one campaign row of zeros (and no rows in the other groupings).
    /// </returns>
    /// <exception cref="AnalyticsValidationException">The campaign is unknown (field <c>campaignId</c>) or the grouping is not defined (field <c>grouping</c>).</exception>
    Task<IReadOnlyList<CampaignMetrics>> GetMetricsAsync(Id<Campaign> campaignId, MetricsGrouping grouping = MetricsGrouping.Campaign, CancellationToken cancellationToken = default);

    /// <summary>
    /// Computes an owner's totals over the whole history of all their campaigns: the sum of each campaign's campaign-level
    /// counts (answered from the store's rollup like <see cref="GetMetricsAsync"/>), plus the meetings of those campaigns,
    /// each counted once. Rates are recomputed from the summed counts, never averaged over campaigns.
    /// </summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// One row with an empty key. <see cref="FunnelCounts.Delivered"/> adds each campaign's delivered count, inferred per
    /// campaign where it has no delivery events; <see cref="FunnelCounts.DeliveredInferred"/> is set when any campaign
    /// that sent messages inferred it, or when no campaign has delivery events.
    /// </returns>
    /// <exception cref="AnalyticsValidationException">The owner is blank (field <c>ownerId</c>). An owner with no campaign yet gets zeros.</exception>
    Task<CampaignMetrics> GetOwnerMetricsAsync(UserId ownerId, CancellationToken cancellationToken = default);

    /// <summary>Builds a campaign's time series in a zone (usually the owner's), with 23- and 25-hour days where DST changes.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="request">The range, zone and bucket.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The series, as <see cref="TimeSeriesAggregator"/> would build it from the same events.</returns>
    /// <exception cref="AnalyticsValidationException">The campaign is unknown, the zone is unknown, the range is inverted or too long, or the bucket is not supported; <see cref="AnalyticsValidationException.Field"/> names the field.</exception>
    Task<TimeSeries> GetTimeSeriesAsync(Id<Campaign> campaignId, TimeSeriesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Compares campaigns, or a campaign's steps or variants, on one measure (see <see cref="CampaignComparison"/>).</summary>
    /// <param name="request">The comparison.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The comparison, with intervals and a winner only when the evidence holds.</returns>
    /// <exception cref="AnalyticsValidationException">A campaign is unknown, the dimension is <see cref="MetricsGrouping.Mailbox"/> or not defined, the campaign count does not fit the dimension, or fewer than two arms have events.</exception>
    Task<ComparisonResult> CompareAsync(CampaignComparisonRequest request, CancellationToken cancellationToken = default);
}
