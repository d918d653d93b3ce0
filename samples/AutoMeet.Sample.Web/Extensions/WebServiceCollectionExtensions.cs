using System.Text.Json.Serialization;
using AutoMeet.Prospects;
using AutoMeet.Sample.Hosting;
using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sample.Web.Push;
using AutoMeet.Sample.Web.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace AutoMeet.Sample.Web.Extensions;

/// <summary>Registers the web sample's services.</summary>
internal static class WebServiceCollectionExtensions
{
    /// <summary>The configuration key that turns the in-process job runner off.</summary>
    public const string RunJobsKey = "AutoMeet:Sample:RunJobs";

    /// <summary>Adds AutoMeet (store chosen from configuration), problem details, OpenAPI and the JSON settings.</summary>
    public static WebApplicationBuilder AddSampleWebServices(this WebApplicationBuilder builder)
    {
        builder.AddAutoMeetSample();

        // The web host runs AutoMeet's jobs (scheduling, sending, replies, meetings, cleanup) itself, so one process shows
        // the whole flow; set AutoMeet:Sample:RunJobs to false when a separate worker runs them on the same database.
        if (builder.Configuration.GetValue(RunJobsKey, defaultValue: true))
        {
            builder.Services.AddAutoMeetJobRunner();
        }

        // Gmail push notifications are acknowledged at once and processed in the background (polling stays the safety net).
        builder.Services.AddSingleton<GmailPushQueue>();
        builder.Services.AddHostedService<GmailPushProcessor>();

        builder.Services.AddProblemDetails();
        builder.Services.AddSampleRateLimiting(builder.Configuration);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<AvailabilityValidationExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        // A multipart upload may carry the largest accepted CSV plus the form's own framing, and no more.
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ProspectImportOptions.DefaultMaxBytes + RequestLimits.MultipartOverheadBytes);
        return builder;
    }
}
