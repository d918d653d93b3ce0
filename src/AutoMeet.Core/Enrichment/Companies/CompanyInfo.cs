namespace AutoMeet.Enrichment.Companies;

/// <summary>Represents what <see cref="ICompanyEnricher"/> found about a prospect's company.</summary>
public sealed record CompanyInfo
{
    /// <summary>Gets the company's registrable domain from the e-mail address, or <see langword="null"/> for free-mail, disposable or invalid addresses.</summary>
    public string? Domain { get; init; }

    /// <summary>Gets a value indicating whether the address is at a free-mail or disposable provider (so its domain says nothing about the company).</summary>
    public bool IsFreeMail { get; init; }

    /// <summary>Gets the normalised company name, or an empty string when none is known.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets where <see cref="Name"/> came from.</summary>
    public CompanyNameSource NameSource { get; init; }

    /// <summary>Gets the external profile, if a provider knew the domain.</summary>
    public CompanyProfile? Profile { get; init; }

    /// <summary>Gets the providers that failed during this enrichment (their names), if any.</summary>
    public IReadOnlyList<string> FailedProviders { get; init; } = [];
}
