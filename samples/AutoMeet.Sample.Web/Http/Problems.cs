namespace AutoMeet.Sample.Web.Http;

/// <summary>Creates the RFC 7807 problem responses of the sample (<c>application/problem+json</c>).</summary>
internal static class Problems
{
    /// <summary>A 400 validation problem for one field.</summary>
    public static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 404 problem naming the kind and id that were not found.</summary>
    public static IResult NotFound(string kind, Guid id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{kind} not found", detail: $"There is no {kind.ToLowerInvariant()} with id '{id}'.");

    /// <summary>A 404 problem with a title and a detail.</summary>
    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>A 428 problem: the request must say which version it replaces.</summary>
    public static IResult PreconditionRequired(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required", detail: detail);

    /// <summary>A 409 problem.</summary>
    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    /// <summary>A 413 problem naming the limit.</summary>
    public static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large", detail: $"The request body is larger than the {maxBytes:N0} bytes this endpoint accepts.");

    /// <summary>A 415 problem naming the accepted media types.</summary>
    public static IResult UnsupportedMediaType(string? actual, string accepted) =>
        Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: $"Content-Type '{actual ?? "(none)"}' is not accepted; send {accepted}.");
}
