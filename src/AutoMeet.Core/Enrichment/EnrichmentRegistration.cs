using AutoMeet.Enrichment.Batch;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using DnsClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment;

/// <summary>Registers the prospect-enrichment services (every registration is <c>TryAdd</c>, so hosts may replace any of them first).</summary>
internal static class EnrichmentRegistration
{
    internal static IServiceCollection AddEnrichment(this IServiceCollection services)
    {
        AddValidatedOptions<EmailValidationOptions, EmailValidationOptionsValidator>(services);
        AddValidatedOptions<CompanyEnrichmentOptions, CompanyEnrichmentOptionsValidator>(services);
        AddValidatedOptions<LinkedInMatchOptions, LinkedInMatchOptionsValidator>(services);
        AddValidatedOptions<DuplicateDetectionOptions, DuplicateDetectionOptionsValidator>(services);
        AddValidatedOptions<EnrichmentBatchOptions, EnrichmentBatchOptionsValidator>(services);

        // DNS through DnsClient; hosts (and tests) replace ILookupClient to change resolvers. The validator enforces its own timeout.
        services.TryAddSingleton<ILookupClient>(sp => new LookupClient(new LookupClientOptions
        {
            Timeout = sp.GetRequiredService<IOptions<EmailValidationOptions>>().Value.DnsTimeout,
            UseCache = true,
            ContinueOnDnsError = true,
            ThrowDnsErrors = false,
        }));
        services.TryAddSingleton<MailDomainResolver>();
        services.TryAddSingleton<ICatchAllProbe, KnownCatchAllProbe>();
        services.TryAddSingleton<IEmailValidator, EmailValidator>();

        services.TryAddSingleton<ICompanyEnricher, CompanyEnricher>();
        services.TryAddSingleton<ILinkedInProfileMatcher, LinkedInProfileMatcher>();
        services.TryAddSingleton<IPhoneNumberFormatter, PhoneNumberFormatter>();
        services.TryAddSingleton<IDuplicateDetector, DuplicateDetector>();
        services.TryAddSingleton<IProspectQualityScorer, ProspectQualityScorer>();

        services.TryAddSingleton<IEnrichmentCheckpointStore, InMemoryEnrichmentCheckpointStore>();
        services.TryAddSingleton<EnrichmentRateLimiters>();
        services.TryAddSingleton<EnrichmentServices>();
        services.TryAddSingleton<IEnrichmentBatchProcessor, EnrichmentBatchProcessor>();
        return services;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
