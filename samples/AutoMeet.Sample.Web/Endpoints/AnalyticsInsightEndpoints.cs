using AutoMeet.Analytics;
using AutoMeet.Analytics.Engagement;
using AutoMeet.Analytics.Forecasting;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// JSON insights: <c>/api/prospects/{id}/engagement</c> (explainable score), <c>/api/campaigns/{id}/forecast</c>
/// (projected replies and meetings with an interval) and <c>/api/campaigns/{id}/send-hours</c> (best local send hour per
/// segment). Thin data is said so in the answer, not hidden.
/// </summary>
internal static class AnalyticsInsightEndpoints
{
    private const int MaxPages = 50;

    public static void Map(RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Analytics");
        campaigns.MapGet("/{id}/forecast", ForecastAsync).Produces<CampaignForecast>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/send-hours", SendHoursAsync).Produces<IReadOnlyList<SegmentSendHour>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGroup("/prospects").WithTags("Analytics")
            .MapGet("/{id}/engagement", EngagementAsync).Produces<EngagementScore>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> EngagementAsync(HttpRequest request, IAutoMeetStore store, IClock clock, string id, CancellationToken cancellationToken)
    {
        var (prospect, problem) = await AnalyticsExportEndpoints.OwnedProspectAsync(request, store, id, "id", cancellationToken);
        if (prospect is null)
        {
            return problem!;
        }

        var events = await EventsAsync(store, new EmailEventQuery { ProspectId = prospect.Id }, cancellationToken);
        var replies = await store.ReplyDecisions.ListByProspectAsync(prospect.Id, cancellationToken);
        var meetings = await store.Meetings.ListByProspectAsync(prospect.Id, cancellationToken);
        return Results.Ok(EngagementScorer.Score(events, replies, meetings, clock.GetCurrentInstant()));
    }

    private static async Task<IResult> ForecastAsync(HttpRequest request, IAutoMeetStore store, ICampaignAnalytics analytics, string id, double? confidence, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var level = confidence ?? 0.95;
        if (level is <= 0 or >= 1 || double.IsNaN(level))
        {
            return Problems.Field("confidence", $"'{confidence}' is not a confidence level; use a number between 0 and 1, such as 0.95.");
        }

        var byStep = await analytics.GetMetricsAsync(campaign.Id, MetricsGrouping.Step, cancellationToken);
        var total = (await analytics.GetMetricsAsync(campaign.Id, MetricsGrouping.Campaign, cancellationToken))[0];
        var positions = new SortedSet<int>(byStep.Where(m => m.Key.StepPosition is not null).Select(m => m.Key.StepPosition!.Value));
        if (campaign.SequenceId is { } sequenceId && await store.Sequences.FindAsync(sequenceId, cancellationToken) is { } sequence)
        {
            positions.UnionWith(sequence.Steps.Select(s => s.Position));
        }

        var waiting = new List<int>();
        for (var page = 0; page < MaxPages; page++)
        {
            var enrollments = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(page * PageRequest.MaxTake, PageRequest.MaxTake), cancellationToken);
            waiting.AddRange(enrollments.Where(e => e.Status is EnrollmentStatus.Active or EnrollmentStatus.Paused or EnrollmentStatus.Snoozed).Select(e => e.NextStepPosition));
            if (enrollments.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        var steps = positions.Select(p =>
        {
            var counts = byStep.FirstOrDefault(m => m.Key.StepPosition == p)?.Counts ?? new FunnelCounts();
            return new StepProgress(p, counts.Delivered, counts.Replied, waiting.LongCount(next => next <= p));
        }).ToList();
        return await AnalyticsEndpoints.RunAsync(() => Task.FromResult(Results.Ok(CampaignForecaster.Forecast(steps, total.Counts.MeetingsBooked, level))));
    }

    private static async Task<IResult> SendHoursAsync(HttpRequest request, IAutoMeetStore store, string id, string? segment, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var by = string.IsNullOrWhiteSpace(segment) ? "all" : segment.Trim().ToLowerInvariant();
        if (by is not ("all" or "step" or "variant"))
        {
            return Problems.Field("segment", $"'{segment}' is not a segment; use all, step or variant.");
        }

        var ownerZone = (await store.CalendarSettings.FindByOwnerAsync(campaign.OwnerId, cancellationToken))?.TimeZoneId ?? "UTC";
        var events = await EventsAsync(store, new EmailEventQuery { CampaignId = campaign.Id, Kinds = [EmailEventKind.Sent, EmailEventKind.Replied] }, cancellationToken);
        var replied = events
            .Where(e => e.Kind == EmailEventKind.Replied && e.MessageId is not null && !(ReplyLabelNames.TryParseLabel(e.Detail?.Trim(), out var label) && label is ReplyLabel.OutOfOffice or ReplyLabel.Bounce))
            .Select(e => e.MessageId!.Value)
            .ToHashSet();
        var zones = new Dictionary<Id<Prospects.Prospect>, string>();
        var observations = new List<SendObservation>();
        foreach (var sent in events.Where(e => e.Kind == EmailEventKind.Sent))
        {
            var zone = ownerZone;
            if (sent.ProspectId is { } prospectId)
            {
                if (!zones.TryGetValue(prospectId, out var known))
                {
                    known = (await store.Prospects.FindAsync(prospectId, cancellationToken))?.TimeZoneId ?? ownerZone;
                    zones[prospectId] = known;
                }

                zone = known;
            }

            var name = by switch
            {
                "step" => $"step {sent.StepPosition?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}",
                "variant" => $"variant {sent.Variant ?? "-"}",
                _ => "all",
            };
            observations.Add(new SendObservation(name, sent.OccurredAt, zone, sent.MessageId is { } m && replied.Contains(m)));
        }

        return Results.Ok(SendHourAnalyzer.BestHours(observations));
    }

    private static async Task<List<EmailEvent>> EventsAsync(IAutoMeetStore store, EmailEventQuery query, CancellationToken cancellationToken)
    {
        var events = new List<EmailEvent>();
        for (var page = 0; page < MaxPages; page++)
        {
            var batch = await store.EmailEvents.ListAsync(query, new PageRequest(page * PageRequest.MaxTake, PageRequest.MaxTake), cancellationToken);
            events.AddRange(batch);
            if (batch.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        return events;
    }
}
