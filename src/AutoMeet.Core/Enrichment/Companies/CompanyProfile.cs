namespace AutoMeet.Enrichment.Companies;

/// <summary>Represents what an external source (<see cref="ICompanyDataProvider"/>) knows about a company.</summary>
public sealed record CompanyProfile
{
    /// <summary>Gets the company's domain.</summary>
    public required string Domain { get; init; }

    /// <summary>Gets the company's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the industry, if known.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the approximate number of employees, if known.</summary>
    public int? EmployeeCount { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country of the headquarters, if known.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the company's LinkedIn page, if known.</summary>
    public string? LinkedInUrl { get; init; }
}
