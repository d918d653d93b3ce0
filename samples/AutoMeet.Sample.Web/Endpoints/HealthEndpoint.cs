using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>Maps <c>GET /health</c>: 200 when a scoped store can list, 503 otherwise.</summary>
internal static partial class HealthEndpoint
{
    private static readonly UserId Probe = new("health-probe");

    public static void MapHealthEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync)
            .WithName("Health")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CheckAsync(IAutoMeetStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            await store.Campaigns.ListByOwnerAsync(Probe, new PageRequest(0, 1), cancellationToken);
            return Results.Ok(new HealthResponse("Healthy", new Dictionary<string, string> { ["store"] = "Healthy" }));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreUnhealthy(loggers.CreateLogger("AutoMeet.Sample.Web.Health"), ex);
            return Results.Json(new HealthResponse("Unhealthy", new Dictionary<string, string> { ["store"] = "Unhealthy" }), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Error, Message = "The health check could not reach the store")]
    private static partial void LogStoreUnhealthy(ILogger logger, Exception exception);
}
