using AutoMeet.Sending.Tracking;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Engagement tracking (only used when <c>AutoMeet:Sending:TrackClicks</c>/<c>TrackOpens</c> are on):
/// <c>GET /t/c?token=</c> records a click and redirects to the URL inside the signed token (never anywhere else), and
/// <c>GET /t/o?token=</c> records an open and returns a 1×1 transparent GIF.
/// </summary>
internal static class TrackingEndpoints
{
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static IEndpointRouteBuilder MapTrackingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/t/c", async (string? token, IEngagementTracker tracker, CancellationToken cancellationToken) =>
        {
            var result = await tracker.ClickAsync(token, cancellationToken);
            return result.Target is { } target
                ? Results.Redirect(target.AbsoluteUri)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This link is not valid.");
        }).ExcludeFromDescription();

        routes.MapGet("/t/o", async (string? token, IEngagementTracker tracker, HttpResponse response, CancellationToken cancellationToken) =>
        {
            await tracker.OpenAsync(token, cancellationToken);
            response.Headers.CacheControl = "no-store";
            return Results.File(Pixel, "image/gif");
        }).ExcludeFromDescription();

        return routes;
    }
}
