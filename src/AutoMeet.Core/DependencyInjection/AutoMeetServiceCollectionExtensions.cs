using AutoMeet;
using AutoMeet.Calendars;
using AutoMeet.Compliance;
using AutoMeet.Internal;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Availability;
using AutoMeet.Replies.Offline;
using AutoMeet.Sandbox;
using AutoMeet.Scheduling;
using AutoMeet.Security;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Templates;
using AutoMeet.Templates.Internal;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Extensions;

#pragma warning disable IDE0130 // Extension methods live in the DI namespace so they show up without extra usings.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers AutoMeet's engines and default providers.</summary>
public static class AutoMeetServiceCollectionExtensions
{
    /// <summary>
    /// Adds AutoMeet's core services: the time source (<see cref="TimeProvider"/>, NodaTime <see cref="IClock"/>
    /// derived from it, the tzdb zone provider), validated options, the sandbox mailbox and calendar as default
    /// providers (an adapter package such as <c>AddGoogle</c> replaces them), and the engines: prospects,
    /// availability and calendar sync, secret protection, compliance, reply classification, sequences and templates,
    /// plus the <see cref="IAutoMeetJob"/>s a host runs on a timer.
    /// Safe to call more than once: every registration is <c>TryAdd</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder on which adapter and store packages add themselves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Options are validated when the host starts (<c>ValidateOnStart</c>); outside a host, the first read of
    /// <c>IOptions&lt;AutoMeetOptions&gt;.Value</c> validates them. A store must be added (for example with
    /// <c>AddEntityFrameworkStore</c>) before engines that need one are resolved.
    /// </remarks>
    public static IAutoMeetBuilder AddAutoMeet(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(AutoMeetMarker)))
        {
            return new AutoMeetBuilder(services);
        }

        services.AddSingleton<AutoMeetMarker>();

        // One time source for everything: NodaTime's IClock is derived from the TimeProvider, so one fake drives both.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock>(sp => sp.GetRequiredService<TimeProvider>().ToClock());
        services.TryAddSingleton<IDateTimeZoneProvider>(DateTimeZoneProviders.Tzdb);

        services.AddOptions<AutoMeetOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AutoMeetOptions>, AutoMeetOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AutoMeetOptions>, AutoMeetOptionsCustomValidator>());

        // Sandbox providers are the defaults, so hosts run with no credentials; adapters Replace these slots.
        services.TryAddSingleton<SandboxMailbox>();
        services.TryAddSingleton<SandboxCalendar>();
        services.TryAddSingleton<IMailbox>(sp => sp.GetRequiredService<SandboxMailbox>());
        services.TryAddSingleton<ICalendar>(sp => sp.GetRequiredService<SandboxCalendar>());

        // Prospect validation and CSV import (stateless; the importer reads IOptions<ProspectImportOptions>).
        services.TryAddSingleton<IProspectValidator, ProspectValidator>();
        services.TryAddSingleton<IProspectCsvImporter, ProspectCsvImporter>();

        // Availability engine (pure and stateless).
        services.TryAddSingleton<IAvailabilityEngine, AvailabilityEngine>();
        services.TryAddSingleton<IOwnerAvailability, OwnerAvailability>();

        // Jobs the hosts run on a timer; the work-queue job dispatches claimed items to IWorkItemHandler by kind.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, WorkQueueJob>());

        // Calendar sync: a periodic job queues one sync per busy calendar and interval; the handler runs them.
        services.TryAddSingleton<ICalendarSync, CalendarSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, CalendarSyncJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, CalendarSyncWorkItemHandler>());

        // Secrets at rest (OAuth tokens): AES-GCM key ring; a per-process development key (with a warning) when none is configured.
        services.AddOptions<SecretProtectionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecretProtectionOptions>, SecretProtectionOptionsValidator>());
        services.TryAddSingleton<ISecretProtector, AesGcmSecretProtector>();

        // Compliance: hash-chained audit trail, HMAC-signed links (a per-process development key when none is configured), suppression list.
        services.AddOptions<LinkSigningOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LinkSigningOptions>, LinkSigningOptionsValidator>());
        services.TryAddSingleton<ILinkSigner, HmacLinkSigner>();
        services.TryAddSingleton<IAuditTrail, AuditTrail>();
        services.TryAddSingleton<ISuppressionService, SuppressionService>();

        // Reply classification: AI over IChatClient when one is registered and AutoMeet:Ai is enabled, else the offline
        // classifier and extractor (always registered: the default and the AI's fallback).
        services.AddAiReplies();

        // Sequence planner (pure) and templates on Fluid (one shared parser; limits from TemplateLimitsOptions).
        services.TryAddSingleton<ISequencePlanner, SequencePlanner>();
        services.AddOptions<TemplateLimitsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TemplateLimitsOptions>, TemplateLimitsOptionsValidator>());
        services.TryAddSingleton<ITemplateEngine, FluidTemplateEngine>();

        AutoMeet.Sequences.Distribution.DistributionRegistration.AddOutreachDistribution(services);
        AutoMeet.Enrichment.EnrichmentRegistration.AddEnrichment(services);
        AutoMeet.Replies.Pipeline.ReplyPipelineRegistration.AddReplyPipeline(services);
        services.AddAutoMeetSending();
        AutoMeet.Analytics.AnalyticsRegistration.AddCampaignAnalytics(services);
        AutoMeet.Campaigns.Variants.VariantRetirementRegistration.AddVariantRetirement(services);
        AutoMeet.Privacy.PrivacyRegistration.AddPrivacyAndMaintenance(services);
        AutoMeet.Meetings.MeetingsRegistration.AddMeetingScheduling(services);
        AutoMeet.Webhooks.WebhooksRegistration.AddEventStreamAndWebhooks(services);
        AutoMeet.Meetings.Aftercare.AftercareRegistration.AddMeetingAftercare(services);
        AutoMeet.Replies.Responses.ResponsesRegistration.AddReplyResponses(services);
        AutoMeet.Meetings.Changes.MeetingChangesRegistration.AddMeetingChanges(services);
        return new AutoMeetBuilder(services);
    }

    /// <summary>Adds AutoMeet's core services (see <see cref="AddAutoMeet(IServiceCollection)"/>) and configures <see cref="AutoMeetOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder on which adapter and store packages add themselves.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IAutoMeetBuilder AddAutoMeet(this IServiceCollection services, Action<AutoMeetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddAutoMeet();
        services.Configure(configure);
        return builder;
    }
}
