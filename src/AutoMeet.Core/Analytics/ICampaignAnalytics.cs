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
    /// <summary>Computes a campaign's metrics over its whole history, one row per campaign, step or variant.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="grouping">How to group (meetings are counted in the campaign grouping only).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The rows, ordered by step then variant; a campaign without events has one campaign row of zeros.</returns>
    /// <exception cref="AnalyticsValidationException">The campaign is unknown (field <c>campaignId</c>) or the grouping is not defined (field <c>grouping</c>).</exception>
    Task<IReadOnlyList<CampaignMetrics>> GetMetricsAsync(Id<Campaign> campaignId, MetricsGrouping grouping = MetricsGrouping.Campaign, CancellationToken cancellationToken = default);

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
    /// <exception cref="AnalyticsValidationException">A campaign is unknown, the campaign count does not fit the dimension, or fewer than two arms have events.</exception>
    Task<ComparisonResult> CompareAsync(CampaignComparisonRequest request, CancellationToken cancellationToken = default);
}
