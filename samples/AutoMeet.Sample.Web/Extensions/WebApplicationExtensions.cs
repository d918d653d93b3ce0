using AutoMeet.Sample.Web.Endpoints;

namespace AutoMeet.Sample.Web.Extensions;

/// <summary>Configures the web sample's middleware and endpoints.</summary>
internal static class WebApplicationExtensions
{
    /// <summary>Turns unhandled exceptions and empty error responses (404, 405…) into problem details.</summary>
    public static WebApplication UseSampleWebPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Maps <c>/health</c>, <c>/openapi/v1.json</c>, <c>/unsubscribe</c> and the <c>/api</c> endpoints.</summary>
    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapHealthEndpoint();
        app.MapUnsubscribeEndpoints();
        app.MapTrackingEndpoints();
        var api = app.MapGroup("/api");
        api.MapCampaignEndpoints();
        api.MapProspectEndpoints();
        api.MapProspectImportEndpoint();
        api.MapCalendarSettingsEndpoints();
        api.MapAvailabilityEndpoints();
        return app;
    }
}
