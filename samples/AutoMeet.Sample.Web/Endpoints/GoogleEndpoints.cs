using AutoMeet.Google.OAuth;
using AutoMeet.Sample.Web.Http;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps the Google endpoints (<see cref="GoogleConnectEndpoints"/>, <see cref="GoogleWebhookEndpoints"/>) when Google is
/// configured (<c>AutoMeet:Google:ClientId</c> set); otherwise the same paths answer 404 saying how to configure it.
/// </summary>
internal static class GoogleEndpoints
{
    public const string NotConfiguredDetail =
        "Google is not configured. Set AutoMeet:Google:ClientId, AutoMeet:Google:ClientSecret and AutoMeet:Google:RedirectUri "
        + "(and AutoMeet:Google:Push:* for push notifications), then restart; see \"Connecting Google\" in the README.";

    public static IEndpointRouteBuilder MapGoogleEndpoints(this IEndpointRouteBuilder routes)
    {
        if (routes.ServiceProvider.GetService<IGoogleAuthorization>() is not null)
        {
            routes.MapGoogleConnectEndpoints();
            routes.MapGoogleWebhookEndpoints();
            return routes;
        }

        foreach (var path in new[] { GoogleConnectEndpoints.ConnectPath, GoogleConnectEndpoints.CallbackPath, GoogleConnectEndpoints.DisconnectPath, GoogleWebhookEndpoints.GmailPath, GoogleWebhookEndpoints.CalendarPath })
        {
            routes.Map(path, () => Problems.NotFound("Google is not configured", NotConfiguredDetail)).ExcludeFromDescription();
        }

        return routes;
    }
}
