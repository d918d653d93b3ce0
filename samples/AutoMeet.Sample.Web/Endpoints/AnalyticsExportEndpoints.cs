using AutoMeet.Analytics.Exports;
using AutoMeet.Prospects;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// CSV downloads: <c>/api/campaigns/{id}/activity.csv</c> (one row per e-mail event, optionally of one prospect),
/// <c>/api/campaigns/{id}/meetings.csv</c> and <c>/api/prospects/{id}/activity.csv</c>; times in <c>timeZone</c> or the
/// owner's calendar zone. The question is validated before the first byte is written, so bad input is a 400 problem;
/// the file is then streamed from the store (<c>text/csv; charset=utf-8</c>, as an attachment).
/// </summary>
internal static class AnalyticsExportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Analytics");
        campaigns.MapGet("/{id}/activity.csv", CampaignActivityAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/meetings.csv", MeetingsAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGroup("/prospects").WithTags("Analytics")
            .MapGet("/{id}/activity.csv", ProspectActivityAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CampaignActivityAsync(HttpRequest request, IAutoMeetStore store, ICampaignCsvExporter exporter, string id, string? prospectId, string? timeZone, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        Id<Prospect>? prospect = null;
        if (!string.IsNullOrWhiteSpace(prospectId))
        {
            var (found, prospectProblem) = await OwnedProspectAsync(request, store, prospectId, "prospectId", cancellationToken);
            if (found is null)
            {
                return prospectProblem!;
            }

            prospect = found.Id;
        }

        var export = new ActivityExportRequest { CampaignId = campaign.Id, ProspectId = prospect, TimeZoneId = Zone(timeZone) };
        return await DownloadAsync(() => exporter.ActivityAsync(export, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> ProspectActivityAsync(HttpRequest request, IAutoMeetStore store, ICampaignCsvExporter exporter, string id, string? timeZone, CancellationToken cancellationToken)
    {
        var (prospect, problem) = await OwnedProspectAsync(request, store, id, "id", cancellationToken);
        if (prospect is null)
        {
            return problem!;
        }

        var export = new ActivityExportRequest { ProspectId = prospect.Id, TimeZoneId = Zone(timeZone) };
        return await DownloadAsync(() => exporter.ActivityAsync(export, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> MeetingsAsync(HttpRequest request, IAutoMeetStore store, ICampaignCsvExporter exporter, string id, string? timeZone, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var export = new MeetingsExportRequest(campaign.Id) { TimeZoneId = Zone(timeZone) };
        return await DownloadAsync(() => exporter.MeetingsAsync(export, cancellationToken), cancellationToken);
    }

    internal static async Task<(Prospect? Prospect, IResult? Problem)> OwnedProspectAsync(HttpRequest request, IAutoMeetStore store, string id, string field, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return (null, problem);
        }

        if (!Id<Prospect>.TryParse(id, null, out var prospectId) || prospectId.IsEmpty)
        {
            return (null, Problems.Field(field, $"'{id}' is not a valid prospect id (expected a GUID)."));
        }

        var prospect = await store.Prospects.FindAsync(prospectId, cancellationToken);
        return prospect is null || prospect.OwnerId != owner ? (null, Problems.NotFound("Prospect", prospectId.Value)) : (prospect, null);
    }

    private static string? Zone(string? timeZone) => string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();

    private static Task<IResult> DownloadAsync(Func<Task<CsvExport>> prepare, CancellationToken cancellationToken) =>
        AnalyticsEndpoints.RunAsync(async () =>
        {
            var export = await prepare();
            return Results.Stream(stream => export.WriteToAsync(stream, cancellationToken), contentType: CsvExport.ContentType, fileDownloadName: export.FileName);
        });
}
