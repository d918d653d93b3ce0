namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Tells why a URL is not accepted as a LinkedIn profile URL.</summary>
public enum LinkedInUrlError
{
    /// <summary>The URL was accepted.</summary>
    None = 0,

    /// <summary>No URL was given.</summary>
    Empty,

    /// <summary>The text is not an absolute http(s) URL (or uses another scheme, a port or user information).</summary>
    NotAUrl,

    /// <summary>The host is not LinkedIn (<c>linkedin.com</c>, <c>www.</c> or a country/mobile subdomain).</summary>
    NotLinkedIn,

    /// <summary>The URL is a LinkedIn short link (<c>lnkd.in</c>), which cannot be resolved offline.</summary>
    ShortLink,

    /// <summary>The URL is a company, school or showcase page, not a person.</summary>
    CompanyPage,

    /// <summary>The URL is on LinkedIn but not a <c>/in/&lt;slug&gt;</c> profile (feed, posts, jobs, legacy <c>/pub/</c> URLs…).</summary>
    NotAProfile,

    /// <summary>The profile slug is missing, too short or too long, or has characters other than letters, digits and hyphens.</summary>
    InvalidSlug,
}
