using System.Globalization;
using System.Text.Json;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Scheduling;
using NodaTime;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>/api/availability</c>: the owner's bookable slots in a window (<c>/slots</c>) and why one start is or is
/// not bookable (<c>/explain</c>), computed by <see cref="IOwnerAvailability"/> from the stored settings, synced busy
/// time and AutoMeet's own meetings. Times are shown in the zone the caller asks for.
/// </summary>
internal static class AvailabilityEndpoints
{
    public static void MapAvailabilityEndpoints(this RouteGroupBuilder api)
    {
        var availability = api.MapGroup("/availability").WithTags("Availability");
        availability.MapGet("/slots", SlotsAsync).Produces<SlotsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        availability.MapGet("/explain", ExplainAsync).Produces<SlotExplanationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SlotsAsync(
        HttpRequest request,
        IOwnerAvailability availability,
        IDateTimeZoneProvider zones,
        IClock clock,
        string? timeZone,
        string? from,
        string? to,
        string? take,
        CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var zone = AvailabilityQuery.Zone(timeZone, zones, errors);
        var start = AvailabilityQuery.Instant("from", from, errors) ?? clock.GetCurrentInstant();
        var end = AvailabilityQuery.Instant("to", to, errors) ?? start + Duration.FromDays(AvailabilityQuery.DefaultWindowDays);
        var limit = AvailabilityQuery.Take(take, errors);
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            if (end <= start)
            {
                errors["to"] = [$"must be after 'from' ({start})."];
            }
            else if (end - start > Duration.FromDays(AvailabilityQuery.MaxWindowDays))
            {
                errors["to"] = [string.Create(CultureInfo.InvariantCulture, $"makes the window {(end - start).TotalDays:0.##} days long; at most {AvailabilityQuery.MaxWindowDays} are allowed.")];
            }
        }

        if (errors.Count > 0 || zone is null)
        {
            return Results.ValidationProblem(errors);
        }

        AvailabilityResult result;
        try
        {
            result = await availability.GetSlotsAsync(owner, zone, new Interval(start, end), cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return CalendarSettingsEndpoints.NoSettings();
        }

        var slots = result.Slots.Take(limit)
            .Select(s => new SlotResponse(s.Start, s.End, AvailabilityQuery.LocalText(s.Start, zone), AvailabilityQuery.LocalText(s.End, zone)))
            .ToList();
        return Results.Ok(new SlotsResponse(zone.Id, start, end, result.TzdbVersion, slots.Count, result.Slots.Count, slots));
    }

    private static async Task<IResult> ExplainAsync(
        HttpRequest request,
        IOwnerAvailability availability,
        IDateTimeZoneProvider zones,
        string? timeZone,
        string? at,
        CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var zone = AvailabilityQuery.Zone(timeZone, zones, errors);
        var start = AvailabilityQuery.Instant("at", at, errors);
        if (at is null)
        {
            errors["at"] = ["is required: the meeting start to explain, a UTC instant such as 2026-11-03T14:00:00Z."];
        }

        if (errors.Count > 0 || zone is null || start is null)
        {
            return Results.ValidationProblem(errors);
        }

        SlotExplanation explanation;
        try
        {
            explanation = await availability.ExplainAsync(owner, zone, start.Value, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return CalendarSettingsEndpoints.NoSettings();
        }

        return Results.Ok(new SlotExplanationResponse(
            explanation.Start,
            explanation.End,
            zone.Id,
            AvailabilityQuery.LocalText(explanation.Start, zone),
            AvailabilityQuery.LocalText(explanation.End, zone),
            explanation.IsBookable,
            [.. explanation.Blockers.Select(ToResponse)],
            explanation.TzdbVersion));
    }

    private static SlotBlockerResponse ToResponse(SlotBlocker b) => new(
        JsonNamingPolicy.CamelCase.ConvertName(b.Reason.ToString()),
        b.Participant < 0 ? "everyone" : "owner",
        b.Detail,
        b.Busy?.Start,
        b.Busy?.End,
        b.Busy is { } busy ? JsonNamingPolicy.CamelCase.ConvertName(busy.Status.ToString()) : null);
}
