namespace AutoMeet.Prospects;

/// <summary>
/// Represents a prospect as received from outside (an API request, a CSV row), before validation. Every value is
/// untrusted and may be missing; <see cref="IProspectValidator"/> turns it into a normalised <see cref="Prospect"/>.
/// </summary>
public sealed record ProspectInput
{
    /// <summary>Gets the e-mail address (required).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the first name (required).</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the company name.</summary>
    public string? Company { get; init; }

    /// <summary>Gets the IANA time zone id, such as <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code, such as <c>DE</c>.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the phone number as given.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the LinkedIn profile URL (absolute http or https).</summary>
    public string? LinkedInUrl { get; init; }

    /// <summary>Gets the custom merge fields (name to value); blank values are dropped.</summary>
    public IReadOnlyDictionary<string, string?>? CustomFields { get; init; }
}
