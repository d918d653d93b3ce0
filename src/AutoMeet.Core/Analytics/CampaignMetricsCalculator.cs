using AutoMeet.Meetings;
using AutoMeet.Messaging;

namespace AutoMeet.Analytics;

/// <summary>
/// Computes <see cref="CampaignMetrics"/> from event histories; pure (no store, no clock).
/// </summary>
/// <remarks>
/// <para>Counting rules:</para>
/// <list type="bullet">
/// <item>Each kind counts unique messages (by <see cref="EmailEvent.MessageId"/>); events without a message id count once each.</item>
/// <item>Delivered is the number of <c>Delivered</c> events when the group has any; otherwise it is sent − bounced and
/// <see cref="FunnelCounts.DeliveredInferred"/> is set (most providers never report deliveries).</item>
/// <item>Until the reply pipeline stores its decisions on events, a <c>Replied</c> event's reply label is read from
/// <see cref="EmailEvent.Detail"/> holding the label's wire name (for example <c>interested_meeting</c>, see
/// <c>ReplyLabelNames</c>). <c>out_of_office</c> replies are not replies (counted apart); <c>bounce</c> replies count as
/// bounces; <c>interested_meeting</c>, <c>interested_info</c> and <c>referral</c> are positive. A reply without a label counts
/// as a reply that is not positive.</item>
/// <item>Reply, click, open and unsubscribe rates are over delivered, never over sent.</item>
/// <item>Meetings carry a campaign but no step or variant, so they are counted in the campaign grouping only; step and
/// variant rows have zero meeting counts.</item>
/// </list>
/// </remarks>
public static class CampaignMetricsCalculator
{
    /// <summary>Computes one row per group, ordered by campaign, step and variant.</summary>
    /// <param name="events">The events (any order).</param>
    /// <param name="meetings">The meetings (any order).</param>
    /// <param name="grouping">How to group.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="AnalyticsValidationException">The grouping is not defined or is <see cref="MetricsGrouping.Mailbox"/> (which needs the store).</exception>
    public static IReadOnlyList<CampaignMetrics> Calculate(IEnumerable<EmailEvent> events, IEnumerable<Meeting> meetings, MetricsGrouping grouping = MetricsGrouping.Campaign)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(meetings);
        if (!Enum.IsDefined(grouping) || grouping == MetricsGrouping.Mailbox)
        {
            throw new AnalyticsValidationException("grouping", grouping.ToString(), "The grouping is not supported here; use campaign, step or variant (group by mailbox with ICampaignAnalytics.GetMetricsAsync).");
        }

        var groups = new Dictionary<MetricsKey, FunnelAccumulator>();
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            var key = new MetricsKey(
                e.CampaignId,
                grouping == MetricsGrouping.Campaign ? null : e.StepPosition,
                grouping == MetricsGrouping.Variant ? e.Variant : null);
            Get(groups, key).Add(e);
        }

        foreach (var meeting in meetings)
        {
            ArgumentNullException.ThrowIfNull(meeting, nameof(meetings));
            if (grouping == MetricsGrouping.Campaign)
            {
                Get(groups, new MetricsKey(meeting.CampaignId, null, null)).Add(meeting);
            }
        }

        return [.. groups
            .OrderBy(g => g.Key.CampaignId?.Value ?? Guid.Empty)
            .ThenBy(g => g.Key.StepPosition ?? -1)
            .ThenBy(g => g.Key.Variant, StringComparer.Ordinal)
            .Select(g => new CampaignMetrics(g.Key, g.Value.ToCounts()))];
    }

    /// <summary>Computes the totals of all the events and meetings given, as one row with an empty key.</summary>
    /// <param name="events">The events.</param>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The totals.</returns>
    public static CampaignMetrics Summarize(IEnumerable<EmailEvent> events, IEnumerable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(meetings);
        var accumulator = new FunnelAccumulator();
        foreach (var e in events)
        {
            accumulator.Add(e);
        }

        foreach (var meeting in meetings)
        {
            accumulator.Add(meeting);
        }

        return new CampaignMetrics(new MetricsKey(null, null, null), accumulator.ToCounts());
    }

    private static FunnelAccumulator Get(Dictionary<MetricsKey, FunnelAccumulator> groups, MetricsKey key)
    {
        if (!groups.TryGetValue(key, out var accumulator))
        {
            accumulator = new FunnelAccumulator();
            groups.Add(key, accumulator);
        }

        return accumulator;
    }
}
