using AutoMeet.Privacy;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>/api/privacy</c>: <c>GET /export?email=</c> streams everything held about a person as one JSON document
/// (<see cref="PersonDataArchive"/>), and <c>POST /erase</c> with <c>{"email"}</c> erases it, keeping only the address
/// hash in the suppression list. Both act for the requesting owner; an unknown address is a 404 problem.
/// </summary>
internal static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this RouteGroupBuilder api)
    {
        var privacy = api.MapGroup("/privacy").WithTags("Privacy");
        privacy.MapGet("/export", ExportAsync)
            .Produces(StatusCodes.Status200OK, contentType: PersonDataArchive.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        privacy.MapPost("/erase", EraseAsync)
            .Accepts<EraseRequest>("application/json")
            .Produces<ErasureResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ExportAsync(HttpRequest request, IPersonDataService people, string? email, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        if (!TryCheckEmail(email, out problem))
        {
            return problem;
        }

        PersonExportResult result;
        try
        {
            result = await people.ExportAsync(owner, email!, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return Problems.Field("email", ex.Message);
        }

        if (result.Archive is not { } archive)
        {
            return NotFound();
        }

        return Results.Stream(
            stream => archive.WriteToAsync(stream, cancellationToken),
            PersonDataArchive.ContentType,
            fileDownloadName: $"person-data-{archive.ExportedAt.ToUnixTimeSeconds()}.json");
    }

    private static async Task<IResult> EraseAsync(HttpRequest request, IPersonDataService people, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<EraseRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        if (!TryCheckEmail(body.Email, out problem))
        {
            return problem;
        }

        PersonErasureResult result;
        try
        {
            // The requesting owner is the actor recorded in the audit trail.
            result = await people.EraseAsync(owner, body.Email!, owner.Value, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return Problems.Field("email", ex.Message);
        }

        return result.Status == PersonErasureStatus.NotFound
            ? NotFound()
            : Results.Ok(new ErasureResponse(result.Status, result.AddressHash, result.Removed));
    }

    private static bool TryCheckEmail(string? email, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? problem)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            problem = Problems.Field("email", "An e-mail address is required.");
            return false;
        }

        if (email.Length > AutoMeet.Prospects.Prospect.MaxEmailLength)
        {
            problem = Problems.Field("email", $"An e-mail address is at most {AutoMeet.Prospects.Prospect.MaxEmailLength} characters.");
            return false;
        }

        problem = null;
        return true;
    }

    private static IResult NotFound() => Problems.NotFound("Person not found", "Nothing is held about that e-mail address for this owner.");
}
