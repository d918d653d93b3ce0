using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Quality;

/// <summary>Represents what is known about one prospect for scoring: the record and the enrichment results, when available.</summary>
public sealed record ProspectQualityInput
{
    /// <summary>Gets the prospect.</summary>
    public required Prospect Prospect { get; init; }

    /// <summary>Gets the address validation, if run; without it the address counts as unverified.</summary>
    public EmailValidationResult? Email { get; init; }

    /// <summary>Gets the phone check, if run and the prospect has a phone number.</summary>
    public PhoneFormatResult? Phone { get; init; }

    /// <summary>Gets a value indicating whether the prospect is in a duplicate group (kept or merged).</summary>
    public bool IsDuplicate { get; init; }
}
