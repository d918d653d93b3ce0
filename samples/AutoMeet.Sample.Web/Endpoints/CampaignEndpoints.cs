using AutoMeet.Campaigns;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>Maps <c>/api/campaigns</c>: list, create (as Draft) and get.</summary>
internal static class CampaignEndpoints
{
    public const int MaxDescriptionLength = 2000;

    public static void MapCampaignEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", ListAsync).Produces<PageResponse<CampaignResponse>>().ProducesValidationProblem();
        campaigns.MapPost("/", CreateAsync)
            .Accepts<CreateCampaignRequest>("application/json")
            .Produces<CampaignResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        campaigns.MapGet("/{id}", GetAsync).Produces<CampaignResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IAutoMeetStore store, string? skip, string? take, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !Paging.TryParse(skip, take, out var page, out problem))
        {
            return problem;
        }

        var items = await store.Campaigns.ListByOwnerAsync(owner, page, cancellationToken);
        return Results.Ok(new PageResponse<CampaignResponse>([.. items.Select(CampaignResponse.From)], page.Skip, page.Take));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IAutoMeetStore store, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CreateCampaignRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var campaign = new Campaign
        {
            OwnerId = owner,
            Name = body.Name!.Trim(),
            Description = string.IsNullOrWhiteSpace(body.Description) ? null : body.Description.Trim(),
            Status = CampaignStatus.Draft,
        };
        await store.Campaigns.AddAsync(campaign, cancellationToken);
        return Results.Created($"/api/campaigns/{campaign.Id}", CampaignResponse.From(campaign));
    }

    private static async Task<IResult> GetAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !RouteId.TryParse<Campaign>(id, out var campaignId, out problem))
        {
            return problem;
        }

        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken);
        return campaign is null || campaign.OwnerId != owner
            ? Problems.NotFound("Campaign", campaignId.Value)
            : Results.Ok(CampaignResponse.From(campaign));
    }

    private static Dictionary<string, string[]> Validate(CreateCampaignRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["is required."];
        }
        else if (name.Length > Campaign.MaxNameLength)
        {
            errors["name"] = [$"is {name.Length} characters long; at most {Campaign.MaxNameLength} are allowed."];
        }

        if (body.Description?.Trim().Length > MaxDescriptionLength)
        {
            errors["description"] = [$"is longer than {MaxDescriptionLength} characters."];
        }

        return errors;
    }
}
