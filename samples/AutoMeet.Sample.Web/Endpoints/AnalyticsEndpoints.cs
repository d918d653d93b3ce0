using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps the analytics endpoints: <c>/api/metrics</c> (the caller's totals over all their campaigns) and, under
/// <c>/api/campaigns</c>, <c>/{id}/metrics</c> (grouped by campaign, step, variant or mailbox), <c>/{id}/timeseries</c>,
/// <c>/{id}/compare</c> (steps or variants), <c>/compare</c> (campaigns) and <c>/{id}/export.csv</c>, plus the activity and
/// meetings downloads (<see cref="AnalyticsExportEndpoints"/>) and engagement, forecast and send-hour insights
/// (<see cref="AnalyticsInsightEndpoints"/>). Bad input is a
/// problem+json naming the query field; a campaign the caller does not own is a 404.
/// </summary>
internal static class AnalyticsEndpoints
{
    public static void MapAnalyticsEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Analytics");
        api.MapGet("/metrics", OwnerMetricsAsync).WithTags("Analytics").Produces<CampaignMetrics>().ProducesValidationProblem();
        campaigns.MapGet("/{id}/metrics", MetricsAsync).Produces<IReadOnlyList<CampaignMetrics>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/timeseries", TimeSeriesAsync).Produces<TimeSeries>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/compare", CompareWithinAsync).Produces<ComparisonResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/compare", CompareCampaignsAsync).Produces<ComparisonResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/export.csv", ExportAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        AnalyticsExportEndpoints.Map(api);
        AnalyticsInsightEndpoints.Map(api);
    }

    private static async Task<IResult> MetricsAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string id, string? grouping, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!TryEnum(grouping, MetricsGrouping.Campaign, out MetricsGrouping parsed))
        {
            return Problems.Field("grouping", $"'{grouping}' is not a grouping; use campaign, step, variant or mailbox.");
        }

        return await RunAsync(async () => Results.Ok(await analytics.GetMetricsAsync(campaign.Id, parsed, cancellationToken)));
    }

    private static async Task<IResult> OwnerMetricsAsync(HttpRequest request, ICampaignAnalytics analytics, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        return await RunAsync(async () => Results.Ok(await analytics.GetOwnerMetricsAsync(owner, cancellationToken)));
    }

    private static async Task<IResult> TimeSeriesAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string id, string? from, string? to, string? bucket, string? timeZone, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!TryInstant(from, "from", out var start, out problem) || !TryInstant(to, "to", out var end, out problem))
        {
            return problem;
        }

        if (!TryEnum(bucket, TimeBucket.Day, out TimeBucket size))
        {
            return Problems.Field("bucket", $"'{bucket}' is not a bucket size; use hour, day, week or month.");
        }

        var series = new TimeSeriesRequest(start, end, string.IsNullOrWhiteSpace(timeZone) ? "UTC" : timeZone.Trim(), size);
        return await RunAsync(async () => Results.Ok(await analytics.GetTimeSeriesAsync(campaign.Id, series, cancellationToken)));
    }

    private static async Task<IResult> CompareWithinAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string id, string? dimension, string? measure, int? step, double? alpha, long? minimumSample, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!TryEnum(dimension, MetricsGrouping.Variant, out MetricsGrouping parsed) || parsed is MetricsGrouping.Campaign or MetricsGrouping.Mailbox)
        {
            return Problems.Field("dimension", $"'{dimension}' is not a dimension here; use step or variant (compare campaigns at /api/campaigns/compare).");
        }

        return await CompareAsync(analytics, [campaign.Id], parsed, measure, step, alpha, minimumSample, cancellationToken);
    }

    private static async Task<IResult> CompareCampaignsAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string? ids, string? measure, double? alpha, long? minimumSample, CancellationToken cancellationToken)
    {
        var parts = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return Problems.Field("ids", "Give two or more comma-separated campaign ids.");
        }

        var campaignIds = new List<Id<Campaign>>();
        foreach (var part in parts)
        {
            var (campaign, problem) = await OwnedCampaignAsync(request, store, part, cancellationToken, field: "ids");
            if (campaign is null)
            {
                return problem!;
            }

            campaignIds.Add(campaign.Id);
        }

        return await CompareAsync(analytics, campaignIds, MetricsGrouping.Campaign, measure, null, alpha, minimumSample, cancellationToken);
    }

    private static async Task<IResult> CompareAsync(ICampaignAnalytics analytics, List<Id<Campaign>> ids, MetricsGrouping dimension, string? measure, int? step, double? alpha, long? minimumSample, CancellationToken cancellationToken)
    {
        if (!TryEnum(measure, ComparisonMeasure.ReplyRate, out ComparisonMeasure parsed))
        {
            return Problems.Field("measure", $"'{measure}' is not a measure; use replyRate, positiveReplyRate, clickRate, meetingBookedRate or openRate.");
        }

        var settings = AbTestSettings.Default with
        {
            Alpha = alpha ?? AbTestSettings.Default.Alpha,
            MinimumTrialsPerVariant = minimumSample ?? AbTestSettings.Default.MinimumTrialsPerVariant,
        };
        var request = new CampaignComparisonRequest { CampaignIds = ids, Dimension = dimension, StepPosition = step, Measure = parsed, Settings = settings };
        return await RunAsync(async () => Results.Ok(await analytics.CompareAsync(request, cancellationToken)));
    }

    private static async Task<IResult> ExportAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string id, string? grouping, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!TryEnum(grouping, MetricsGrouping.Variant, out MetricsGrouping parsed) || parsed == MetricsGrouping.Mailbox)
        {
            return Problems.Field("grouping", $"'{grouping}' is not a grouping; use campaign, step or variant.");
        }

        var rows = await analytics.GetMetricsAsync(campaign.Id, parsed, cancellationToken);
        return Results.Stream(
            stream => CampaignSummaryCsv.WriteAsync(rows, stream, cancellationToken),
            contentType: "text/csv; charset=utf-8",
            fileDownloadName: $"campaign-{campaign.Id}.csv");
    }

    internal static async Task<(Campaign? Campaign, IResult? Problem)> OwnedCampaignAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken, string field = "id")
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return (null, problem);
        }

        if (!Id<Campaign>.TryParse(id, null, out var campaignId) || campaignId.IsEmpty)
        {
            return (null, Problems.Field(field, $"'{id}' is not a valid campaign id (expected a GUID)."));
        }

        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken);
        return campaign is null || campaign.OwnerId != owner ? (null, Problems.NotFound("Campaign", campaignId.Value)) : (campaign, null);
    }

    internal static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (AnalyticsValidationException e)
        {
            var field = e.Field switch
            {
                "timeZoneId" => "timeZone",
                "campaignId" => "id",
                "campaignIds" => "ids",
                "ownerId" => Owner.HeaderName,
                "settings.alpha" => "alpha",
                "settings.minimumTrialsPerVariant" => "minimumSample",
                "arms" => "dimension",
                var other => other,
            };
            return Problems.Field(field, e.Message);
        }
    }

    private static bool TryInstant(string? text, string field, out Instant value, out IResult problem)
    {
        problem = Results.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            value = default;
            problem = Problems.Field(field, "is required (an ISO 8601 instant such as 2026-10-01T00:00:00Z).");
            return false;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text.Trim());
        value = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            problem = Problems.Field(field, $"'{text}' is not an ISO 8601 instant such as 2026-10-01T00:00:00Z.");
        }

        return parsed.Success;
    }

    internal static bool TryEnum<TEnum>(string? text, TEnum fallback, out TEnum value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
    }
}
