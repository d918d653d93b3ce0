using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;

namespace AutoMeet.Enrichment.Batch;

/// <summary>The enrichment steps the batch processor runs, gathered so its constructor stays small.</summary>
internal sealed class EnrichmentServices(
    IEmailValidator email,
    ICompanyEnricher company,
    IPhoneNumberFormatter phone,
    IDuplicateDetector duplicates,
    IProspectQualityScorer quality,
    ILinkedInProfileMatcher linkedIn,
    IEnumerable<ILinkedInProfileSource> linkedInSources,
    IEnumerable<ICompanyDataProvider> companyProviders)
{
    public IEmailValidator Email { get; } = email;

    public ICompanyEnricher Company { get; } = company;

    public IPhoneNumberFormatter Phone { get; } = phone;

    public IDuplicateDetector Duplicates { get; } = duplicates;

    public IProspectQualityScorer Quality { get; } = quality;

    public ILinkedInProfileMatcher LinkedIn { get; } = linkedIn;

    public IReadOnlyList<ILinkedInProfileSource> LinkedInSources { get; } = [.. linkedInSources];

    public IReadOnlyList<string> CompanyProviderNames { get; } = [.. companyProviders.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase)];
}
