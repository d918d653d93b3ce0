using AutoMeet.Prospects;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>Maps <c>/api/prospects</c>: list, create (validated by <see cref="IProspectValidator"/>) and get.</summary>
internal static class ProspectEndpoints
{
    public static void MapProspectEndpoints(this RouteGroupBuilder api)
    {
        var prospects = api.MapGroup("/prospects").WithTags("Prospects");
        prospects.MapGet("/", ListAsync).Produces<PageResponse<ProspectResponse>>().ProducesValidationProblem();
        prospects.MapPost("/", CreateAsync)
            .Accepts<CreateProspectRequest>("application/json")
            .Produces<ProspectResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        prospects.MapGet("/{id}", GetAsync).Produces<ProspectResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IAutoMeetStore store, string? skip, string? take, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !Paging.TryParse(skip, take, out var page, out problem))
        {
            return problem;
        }

        var items = await store.Prospects.ListByOwnerAsync(owner, page, cancellationToken);
        return Results.Ok(new PageResponse<ProspectResponse>([.. items.Select(ProspectResponse.From)], page.Skip, page.Take));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IAutoMeetStore store, IProspectValidator validator, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CreateProspectRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var result = validator.Validate(ToInput(body), owner);
        if (!result.IsValid)
        {
            return Results.ValidationProblem(result.Errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        var prospect = result.Prospect;
        if (await store.Prospects.FindByEmailAsync(owner, prospect.Email, cancellationToken) is not null)
        {
            return Problems.Conflict($"A prospect with e-mail '{prospect.Email}' already exists.");
        }

        try
        {
            await store.Prospects.AddAsync(prospect, cancellationToken);
        }
        catch (DuplicateEntityException)
        {
            // Another request added the same address between the check and the insert.
            return Problems.Conflict($"A prospect with e-mail '{prospect.Email}' already exists.");
        }

        return Results.Created($"/api/prospects/{prospect.Id}", ProspectResponse.From(prospect));
    }

    private static async Task<IResult> GetAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !RouteId.TryParse<Prospect>(id, out var prospectId, out problem))
        {
            return problem;
        }

        var prospect = await store.Prospects.FindAsync(prospectId, cancellationToken);
        return prospect is null || prospect.OwnerId != owner
            ? Problems.NotFound("Prospect", prospectId.Value)
            : Results.Ok(ProspectResponse.From(prospect));
    }

    private static ProspectInput ToInput(CreateProspectRequest body) => new()
    {
        Email = body.Email,
        FirstName = body.FirstName,
        LastName = body.LastName,
        Company = body.Company,
        TimeZone = body.TimeZone,
        Title = body.Title,
        CountryCode = body.CountryCode,
        Phone = body.Phone,
        LinkedInUrl = body.LinkedInUrl,
        CustomFields = body.CustomFields,
    };
}
