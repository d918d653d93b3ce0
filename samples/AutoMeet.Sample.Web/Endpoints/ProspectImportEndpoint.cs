using AutoMeet.Prospects;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Storage;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>POST /api/prospects/import</c>: a CSV file as multipart/form-data (field <c>file</c>) or as a
/// <c>text/csv</c> body. Valid rows are stored atomically; a file that is not CSV, or lacks a required column,
/// is a 400 problem and nothing is stored.
/// </summary>
internal static partial class ProspectImportEndpoint
{
    public static void MapProspectImportEndpoint(this RouteGroupBuilder api) =>
        api.MapPost("/prospects/import", ImportAsync)
            .WithTags("Prospects")
            .Accepts<IFormFile>("multipart/form-data", "text/csv")
            .Produces<ImportResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> ImportAsync(
        HttpRequest request,
        IAutoMeetStore store,
        IProspectCsvImporter importer,
        IOptions<ProspectImportOptions> options,
        ILogger<ImportLog> logger,
        CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var maxBytes = options.Value.MaxBytes;
        var (csv, fileProblem) = await OpenFileAsync(request, maxBytes, cancellationToken);
        if (csv is null)
        {
            return fileProblem!;
        }

        ProspectImportResult result;
        await using (csv)
        {
            result = await importer.ImportAsync(csv, owner, store.Prospects, cancellationToken);
        }

        if (result.IsRejected)
        {
            LogRejected(logger, result.FileError.Line);
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The file cannot be imported",
                detail: result.FileError.Message,
                extensions: new Dictionary<string, object?> { ["field"] = "file", ["line"] = result.FileError.Line });
        }

        if (result.Prospects.Count > 0)
        {
            try
            {
                await store.Prospects.AddRangeAsync(result.Prospects, cancellationToken);
            }
            catch (DuplicateEntityException)
            {
                return Problems.Conflict("Some of the file's e-mail addresses were added by another request during the import; nothing was imported. Try again.");
            }
        }

        LogImported(logger, result.Prospects.Count, result.RowCount, result.RowErrors.Count);
        return Results.Ok(new ImportResponse(result.Prospects.Count, result.RowCount, result.RowErrors));
    }

    private static async Task<(Stream? Csv, IResult? Problem)> OpenFileAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            if (request.ContentLength > maxBytes + RequestLimits.MultipartOverheadBytes)
            {
                return (null, Problems.TooLarge(maxBytes));
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                return (null, ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                    ? Problems.TooLarge(maxBytes)
                    : Problems.Field("file", $"The multipart body cannot be read: {ex.Message}"));
            }

            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return (null, Problems.Field("file", "A CSV file is required in the form field 'file'."));
            }

            return file.Length > maxBytes ? (null, Problems.TooLarge(maxBytes)) : (file.OpenReadStream(), null);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType, "multipart/form-data with a 'file' field, or text/csv"));
        }

        // The importer enforces the size cap while reading; a declared length over it is refused up front.
        return request.ContentLength > maxBytes ? (null, Problems.TooLarge(maxBytes)) : (request.Body, null);
    }

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Imported {Imported} prospects from {Rows} rows ({Errors} row errors)")]
    private static partial void LogImported(ILogger logger, int imported, int rows, int errors);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Rejected a prospect file (line {Line})")]
    private static partial void LogRejected(ILogger logger, int? line);

    /// <summary>The log category of the import endpoint.</summary>
    internal sealed class ImportLog;
}
