using System.Globalization;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;

namespace AutoMeet.Analytics;

/// <summary>Comparisons: loads each arm's counts, then hands them to <see cref="CampaignComparison"/>.</summary>
internal sealed partial class CampaignAnalytics
{
    public async Task<ComparisonResult> CompareAsync(CampaignComparisonRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.CampaignIds ?? [];
        var count = ids.Count.ToString(CultureInfo.InvariantCulture);
        if (!Enum.IsDefined(request.Dimension) || request.Dimension == MetricsGrouping.Mailbox)
        {
            throw new AnalyticsValidationException("dimension", request.Dimension.ToString(), "The dimension is not supported; use campaign, step or variant.");
        }

        if (request.Dimension == MetricsGrouping.Campaign && (ids.Count < 2 || ids.Distinct().Count() != ids.Count))
        {
            throw new AnalyticsValidationException("campaignIds", count, "Comparing campaigns needs two or more distinct campaign ids.");
        }

        if (request.Dimension != MetricsGrouping.Campaign && ids.Count != 1)
        {
            throw new AnalyticsValidationException("campaignIds", count, "Comparing steps or variants needs exactly one campaign id.");
        }

        if (ids.Count > CampaignComparison.MaxArms)
        {
            throw new AnalyticsValidationException("campaignIds", count, $"At most {CampaignComparison.MaxArms} campaigns can be compared.");
        }

        var arms = request.Dimension == MetricsGrouping.Campaign
            ? await CampaignArmsAsync(ids, cancellationToken).ConfigureAwait(false)
            : await WithinCampaignArmsAsync(ids[0], request, cancellationToken).ConfigureAwait(false);
        if (arms.Count < 2)
        {
            var dimension = request.Dimension.ToString().ToLowerInvariant();
            throw new AnalyticsValidationException("dimension", dimension, $"The campaign has {arms.Count} {dimension}(s) with events; a comparison needs at least two.");
        }

        return CampaignComparison.Compare(arms, request.Measure, request.Settings);
    }

    private async Task<List<ComparisonArm>> CampaignArmsAsync(IReadOnlyList<Id<Campaign>> ids, CancellationToken cancellationToken)
    {
        var arms = new List<ComparisonArm>(ids.Count);
        foreach (var id in ids)
        {
            try
            {
                var metrics = await GetMetricsAsync(id, MetricsGrouping.Campaign, cancellationToken).ConfigureAwait(false);
                arms.Add(new ComparisonArm(id.ToString(), metrics[0].Counts));
            }
            catch (AnalyticsValidationException e) when (e.Field == "campaignId")
            {
                throw new AnalyticsValidationException("campaignIds", id.ToString(), "No campaign has this id.");
            }
        }

        return arms;
    }

    private async Task<List<ComparisonArm>> WithinCampaignArmsAsync(Id<Campaign> id, CampaignComparisonRequest request, CancellationToken cancellationToken)
    {
        var rows = await GetMetricsAsync(id, request.Dimension, cancellationToken).ConfigureAwait(false);
        if (request.Dimension == MetricsGrouping.Step)
        {
            return [.. rows.Where(r => r.Key.StepPosition is not null).Select(r => new ComparisonArm($"step {r.Key.StepPosition!.Value.ToString(CultureInfo.InvariantCulture)}", r.Counts))];
        }

        return [.. rows
            .Where(r => r.Key.Variant is not null && (request.StepPosition is null || r.Key.StepPosition == request.StepPosition))
            .GroupBy(r => r.Key.Variant!, StringComparer.Ordinal)
            .Select(g => new ComparisonArm(g.Key, g.Select(r => r.Counts).Aggregate(Add)))];
    }

    private static FunnelCounts Add(FunnelCounts a, FunnelCounts b) => new()
    {
        Sent = a.Sent + b.Sent,
        Delivered = a.Delivered + b.Delivered,
        DeliveredInferred = a.DeliveredInferred || b.DeliveredInferred,
        Bounced = a.Bounced + b.Bounced,
        Opened = a.Opened + b.Opened,
        Clicked = a.Clicked + b.Clicked,
        Replied = a.Replied + b.Replied,
        PositiveReplies = a.PositiveReplies + b.PositiveReplies,
        OutOfOfficeReplies = a.OutOfOfficeReplies + b.OutOfOfficeReplies,
        Unsubscribed = a.Unsubscribed + b.Unsubscribed,
        Complained = a.Complained + b.Complained,
        MeetingsProposed = a.MeetingsProposed + b.MeetingsProposed,
        MeetingsBooked = a.MeetingsBooked + b.MeetingsBooked,
        MeetingsHeld = a.MeetingsHeld + b.MeetingsHeld,
        MeetingsNoShow = a.MeetingsNoShow + b.MeetingsNoShow,
        MeetingsCancelled = a.MeetingsCancelled + b.MeetingsCancelled,
    };
}
