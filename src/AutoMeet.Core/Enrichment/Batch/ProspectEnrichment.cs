using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Batch;

/// <summary>Represents the enrichment of one prospect (one row of a batch): the results of each step, or the row's error.</summary>
public sealed record ProspectEnrichment
{
    /// <summary>Gets the prospect.</summary>
    public required Id<Prospect> ProspectId { get; init; }

    /// <summary>Gets the row's position in the batch (ordered by prospect id).</summary>
    public required int Position { get; init; }

    /// <summary>Gets the address validation.</summary>
    public EmailValidationResult? Email { get; init; }

    /// <summary>Gets the company enrichment.</summary>
    public CompanyInfo? Company { get; init; }

    /// <summary>Gets the phone check, when the prospect has a phone number.</summary>
    public PhoneFormatResult? Phone { get; init; }

    /// <summary>Gets the LinkedIn URL check, when the prospect has one.</summary>
    public LinkedInProfileUrl? LinkedInUrl { get; init; }

    /// <summary>Gets the best LinkedIn profile found through an <see cref="ILinkedInProfileSource"/>, when the prospect had no URL and a match was found.</summary>
    public LinkedInMatch? LinkedInMatch { get; init; }

    /// <summary>Gets the data-quality report.</summary>
    public ProspectQualityReport? Quality { get; init; }

    /// <summary>Gets the row's error (exception type and message), or <see langword="null"/> when it succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>Gets a value indicating whether the row succeeded.</summary>
    public bool Succeeded => Error is null;
}
