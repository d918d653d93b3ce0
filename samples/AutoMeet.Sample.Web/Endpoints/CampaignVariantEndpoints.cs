using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Variants;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps a campaign's A/B variants under <c>/api/campaigns/{id}/variants</c>: which are active or retired, the opt-in to
/// retire losers automatically (also settable on a draft through <c>PUT /api/campaigns/{id}/setup</c>), and an
/// evaluation on demand (the <c>variant-retirement</c> job runs it periodically).
/// </summary>
internal static class CampaignVariantEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void MapCampaignVariantEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/{id}/variants", GetAsync).Produces<CampaignVariantsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{id}/variants", PutAsync)
            .Accepts<VariantRetirementRequest>("application/json")
            .Produces<CampaignVariantsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id}/variants/evaluate", EvaluateAsync).Produces<VariantEvaluationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        return campaign is null ? problem! : Results.Ok(CampaignVariantsResponse.From(campaign));
    }

    private static async Task<IResult> PutAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<VariantRetirementRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        body.Validate(errors, "variantRetirement");
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (campaign.Status is CampaignStatus.Completed or CampaignStatus.Cancelled or CampaignStatus.Archived)
        {
            return Problems.Conflict($"The campaign is {campaign.Status}; its variants no longer change.");
        }

        body.ApplyTo(campaign);
        try
        {
            await store.Campaigns.UpdateAsync(campaign, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The campaign changed while this request ran; read it again and retry.");
        }

        return Results.Ok(CampaignVariantsResponse.From(campaign));
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, IAutoMeetStore store, IVariantRetirement retirement, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await AnalyticsEndpoints.OwnedCampaignAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var outcome = await retirement.EvaluateAsync(campaign.Id, cancellationToken);
        var fresh = await store.Campaigns.FindAsync(campaign.Id, cancellationToken) ?? campaign;
        return Results.Ok(VariantEvaluationResponse.From(outcome, CampaignVariantsResponse.From(fresh)));
    }
}
