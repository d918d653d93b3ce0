using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>/api/calendar-settings</c>: get and replace the owner's booking settings and working-time rules.
/// A replacement is checked in full (shape, then <see cref="CalendarSettingsMapper.Validate"/>) before anything is
/// written. Replacing existing settings needs their <c>version</c>: without it the answer is 428, with a stale one 409.
/// </summary>
internal static class CalendarSettingsEndpoints
{
    public static void MapCalendarSettingsEndpoints(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/calendar-settings").WithTags("Availability");
        settings.MapGet("/", GetAsync).Produces<CalendarSettingsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        settings.MapPut("/", PutAsync)
            .Accepts<CalendarSettingsRequest>("application/json")
            .Produces<CalendarSettingsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    internal static IResult NoSettings() =>
        Problems.NotFound("Calendar settings not found", "The owner has no calendar settings yet; save them with PUT /api/calendar-settings.");

    private static async Task<IResult> GetAsync(HttpRequest request, IAutoMeetStore store, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var settings = await store.CalendarSettings.FindByOwnerAsync(owner, cancellationToken);
        return settings is null ? NoSettings() : Results.Ok(CalendarSettingsResponse.From(settings));
    }

    private static async Task<IResult> PutAsync(HttpRequest request, IAutoMeetStore store, IDateTimeZoneProvider zones, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CalendarSettingsRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var settings = CalendarSettingsRequestReader.Read(body, owner, zones, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        try
        {
            CalendarSettingsMapper.Validate(settings, zones);
        }
        catch (AvailabilityValidationException ex)
        {
            return AvailabilityProblems.From(ex, [.. settings.Rules]);
        }

        var existing = await store.CalendarSettings.FindByOwnerAsync(owner, cancellationToken);
        return existing is null
            ? await AddAsync(store, settings, body.Version, cancellationToken)
            : await ReplaceAsync(store, existing, settings, body.Version, cancellationToken);
    }

    private static async Task<IResult> AddAsync(IAutoMeetStore store, CalendarSettings settings, long? version, CancellationToken cancellationToken)
    {
        if (version is not null)
        {
            return Problems.Conflict($"There are no calendar settings at version {version} to replace (they do not exist, or were deleted); leave 'version' out to create them.");
        }

        try
        {
            await store.CalendarSettings.AddAsync(settings, cancellationToken);
        }
        catch (DuplicateEntityException)
        {
            // Another request created them between the read and the insert.
            return Problems.Conflict("Calendar settings were created by another request meanwhile; read them and send their 'version' to replace them.");
        }

        return Results.Ok(CalendarSettingsResponse.From(settings));
    }

    private static async Task<IResult> ReplaceAsync(IAutoMeetStore store, CalendarSettings existing, CalendarSettings settings, long? version, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            return Problems.PreconditionRequired("Calendar settings already exist; send their current 'version' (from GET /api/calendar-settings) to replace them.");
        }

        if (version != existing.Version)
        {
            return StaleVersion(version.Value);
        }

        settings.Id = existing.Id;
        settings.CreatedAt = existing.CreatedAt;
        settings.Version = version.Value;
        foreach (var rule in settings.Rules)
        {
            rule.CalendarSettingsId = existing.Id;
        }

        try
        {
            await store.CalendarSettings.UpdateAsync(settings, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return StaleVersion(version.Value);
        }

        return Results.Ok(CalendarSettingsResponse.From(settings));
    }

    private static IResult StaleVersion(long version) =>
        Problems.Conflict($"The calendar settings were changed since version {version}; read them again and re-apply the change.");
}
