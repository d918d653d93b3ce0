using AutoMeet.Sample.Web.Endpoints;

namespace AutoMeet.Sample.Web.Extensions;

/// <summary>Configures the web sample's middleware and endpoints.</summary>
internal static class WebApplicationExtensions
{
    /// <summary>Turns unhandled exceptions and empty error responses (404, 405…) into problem details, and limits request rates (429 with Retry-After).</summary>
    public static WebApplication UseSampleWebPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps <c>/health</c>, <c>/openapi/v1.json</c>, <c>/unsubscribe</c>, the Google connect and webhook endpoints, and the <c>/api</c> endpoints.</summary>
    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapHealthEndpoint();
        app.MapUnsubscribeEndpoints();
        app.MapApprovalEndpoints();
        app.MapReplyDraftEndpoints();
        app.MapMeetingOutcomeEndpoints();
        app.MapGoogleEndpoints();
        app.MapTrackingEndpoints();
        app.MapEventStreamEndpoints();
        var api = app.MapGroup("/api");
        api.MapCampaignEndpoints();
        api.MapCampaignOperationEndpoints();
        api.MapCampaignVariantEndpoints();
        api.MapSequenceEndpoints();
        api.MapMailboxEndpoints();
        api.MapSandboxEndpoints();
        api.MapPrivacyEndpoints();
        api.MapProspectEndpoints();
        api.MapProspectImportEndpoint();
        api.MapCalendarSettingsEndpoints();
        api.MapAvailabilityEndpoints();
        api.MapAnalyticsEndpoints();
        return app;
    }
}
