using AutoMeet.Storage;

namespace AutoMeet.Prospects;

/// <summary>Represents a person an owner reaches out to.</summary>
public sealed class Prospect : Entity<Prospect>
{
    /// <summary>The longest e-mail address accepted (RFC 5321), in characters.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The longest name, company or title accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Gets or sets the owner; e-mail addresses are unique per owner.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the e-mail address, normalised to lower case and trimmed.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Gets or sets the first name.</summary>
    public string FirstName { get; set; } = string.Empty;

    /// <summary>Gets or sets the last name.</summary>
    public string LastName { get; set; } = string.Empty;

    /// <summary>Gets or sets the company name.</summary>
    public string Company { get; set; } = string.Empty;

    /// <summary>Gets or sets the job title, if known.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the prospect's IANA time zone, if known.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Gets or sets the ISO 3166-1 alpha-2 country code, if known.</summary>
    public string? CountryCode { get; set; }

    /// <summary>Gets or sets the phone number as given, if any.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the LinkedIn profile URL, if any.</summary>
    public string? LinkedInUrl { get; set; }

    /// <summary>Gets the custom merge fields (name to value), usable in templates.</summary>
    public IDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
